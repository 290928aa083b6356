//! Query a knowledge graph with the typed builder, the helpers and plain-English questions.
//!
//! ```text
//! cargo run --example query_graph
//! ```

use diplograph::{Date, Document, EntityKind, Extractor, KnowledgeGraph, Modality, RelationKind};

const TEXTS: &[(&str, &str, &str)] = &[
    ("d1", "2025-02-14", "U.S. Vice President JD Vance met Ukrainian President Volodymyr Zelensky in Munich on Friday. Zelensky thanked Vance for the meeting."),
    ("d2", "2025-02-18", "Secretary of State Marco Rubio met Russian Foreign Minister Sergey Lavrov in Riyadh. Saudi Arabia hosted the talks."),
    ("d3", "2025-03-02", "British Prime Minister Keir Starmer hosted Zelensky in London. If a ceasefire holds, Britain pledged to send troops to Ukraine. Canada pledged $1 billion in military aid to Ukraine."),
    ("d4", "2025-03-11", "The European Union imposed new sanctions on Russia. Japan did not meet Russia's demands."),
];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let extractor = Extractor::bundled();
    let docs: Vec<Document> = TEXTS
        .iter()
        .map(|(id, date, text)| Ok(Document::new(*id, *text).with_date(date.parse()?)))
        .collect::<Result<_, diplograph::DateError>>()?;
    let mut kg = KnowledgeGraph::new();
    for rels in extractor.extract_all(&docs) {
        kg.extend(rels);
    }
    println!(
        "{} entities, {} facts\n",
        kg.entity_count(),
        kg.fact_count()
    );

    println!("Builder: pledges to Ukraine, conditional or not, negated left out");
    for a in kg
        .query()
        .kind(RelationKind::Pledged)
        .target("Ukraine")
        .exclude_modality(Modality::Negated)
        .run()
    {
        println!(
            "  {} pledged {} [{}]",
            a.source.name,
            a.fact.object.as_deref().unwrap_or("?"),
            a.fact.modality.as_str()
        );
    }

    println!("\nBuilder: meetings between people in February 2025");
    let (from, to): (Date, Date) = ("2025-02-01".parse()?, "2025-02-28".parse()?);
    for a in kg
        .query()
        .kind(RelationKind::Met)
        .source_kind(EntityKind::Person)
        .target_kind(EntityKind::Person)
        .between(from, to)
        .run()
    {
        let date = a
            .fact
            .first_date()
            .map(|d| d.to_string())
            .unwrap_or_default();
        println!(
            "  {} met {} ({date})",
            a.source.name,
            a.target.map(|t| t.name).unwrap_or_default()
        );
    }

    println!("\nNeighbours of Zelensky");
    for (other, fact) in kg.neighbours("person:volodymyr-zelensky") {
        println!("  {} — {}", fact.kind, other.name);
    }

    println!("\nTimeline of Zelensky");
    for f in kg.timeline("person:volodymyr-zelensky") {
        let date = f.first_date().map(|d| d.to_string()).unwrap_or_default();
        let target = f.target.as_ref().map_or("—", |t| t.as_str());
        println!("  {date} {} {} {target}", f.source, f.kind);
    }

    println!("\nShortest connection from Vance to Starmer");
    if let Some(path) = kg.shortest_connection("person:jd-vance", "person:keir-starmer") {
        for f in path {
            println!(
                "  {} {} {}",
                f.source,
                f.kind,
                f.target.as_ref().map_or("—", |t| t.as_str())
            );
        }
    }

    println!("\nWho met most people");
    for (e, n) in kg
        .ranking(&RelationKind::Met, Some(EntityKind::Person))
        .iter()
        .take(3)
    {
        println!("  {} {}", e.name, n);
    }

    for q in [
        "who pledged troops?",
        "whom did Zelensky meet?",
        "who sanctioned Russia?",
        "who thanked Vance?",
    ] {
        let a = kg.ask(q)?;
        println!("\nQ: {q}  ({})", a.understood);
        for ans in &a.answers {
            println!(
                "  {} [{}]: “{}”",
                ans.source.name,
                ans.fact.modality.as_str(),
                ans.fact
                    .evidence
                    .iter()
                    .next()
                    .map_or("", |e| e.sentence.as_str())
            );
        }
    }
    Ok(())
}
