//! The main job: extract who did what to whom from a news report, build the knowledge graph,
//! answer a question, and draw the graph.
//!
//! ```text
//! cargo run --release --example paris_summit [-- path/to/article.txt] [--dot out.dot]
//! ```
//!
//! Without arguments it reads `examples/data/paris-meeting-sample.txt`, a short report written
//! for this example (illustrative, not a real news article), and writes `paris-summit.dot`.

use diplograph::{first_date_in, Document, Extractor, KnowledgeGraph};
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let mut input = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/data/paris-meeting-sample.txt"
    ));
    let mut dot = PathBuf::from("paris-summit.dot");
    while let Some(a) = args.next() {
        match a.as_str() {
            "--dot" => {
                dot = args
                    .next()
                    .map(PathBuf::from)
                    .ok_or("--dot needs a file name")?
            }
            _ => input = PathBuf::from(a),
        }
    }
    let (mut doc, _) = Document::from_text_file(&input)?;
    doc.date = first_date_in(&doc.text);

    let extractor = Extractor::bundled();
    let analysis = extractor.analyze(&doc);

    println!(
        "Document {} ({})",
        doc.id,
        doc.date.map_or("undated".into(), |d| d.to_string())
    );
    println!("\nEntities");
    let mut seen = std::collections::BTreeMap::new();
    for m in &analysis.mentions {
        seen.entry(m.entity.id.clone())
            .or_insert_with(|| (m.entity.clone(), Vec::new()))
            .1
            .push(&doc.text[m.start..m.end]);
    }
    for (id, (e, forms)) in &seen {
        let mut forms: Vec<&str> = forms.clone();
        forms.sort_unstable();
        forms.dedup();
        println!(
            "  {:<34} {:<13} {}",
            id.as_str(),
            e.kind.as_str(),
            forms.join(" | ")
        );
    }

    println!("\nRelations");
    for r in &analysis.relations {
        let target = r
            .target
            .as_ref()
            .map_or("—".to_string(), |t| t.name.clone());
        let object = r
            .object
            .as_deref()
            .map(|o| format!(" ({o})"))
            .unwrap_or_default();
        println!(
            "  {:<11} {} → {}{}  [{}; CAMEO {}; {}]",
            r.kind.as_str(),
            r.source.name,
            target,
            object,
            r.modality.as_str(),
            r.cameo,
            r.date.map_or("undated".into(), |d| d.to_string())
        );
        println!("              “{}”", r.sentence);
    }

    let kg = KnowledgeGraph::from_relations(analysis.relations);
    println!("\nQ: who pledged troops?");
    let answers = kg.ask("who pledged troops?")?;
    for a in &answers.answers {
        let to = a
            .target
            .as_ref()
            .map(|t| format!(" to {}", t.name))
            .unwrap_or_default();
        println!("  {}{} [{}]", a.source.name, to, a.fact.modality.as_str());
        for ev in &a.fact.evidence {
            println!("    evidence: “{}”", ev.sentence);
        }
    }

    let mut file = std::io::BufWriter::new(std::fs::File::create(&dot)?);
    kg.write_dot(&mut file)?;
    println!(
        "\n{} entities, {} facts; graph written to {} (render with `dot -Tpng {} -o graph.png`)",
        kg.entity_count(),
        kg.fact_count(),
        dot.display(),
        dot.display()
    );
    Ok(())
}
