//! The knowledge graph: merging, serde round trips, queries, and every export read back by a
//! real reader (networkx for GraphML, Graphviz for DOT, rdflib for N-Triples) where installed.

use diplograph::{Document, Extractor, KnowledgeGraph, Modality, Relation, RelationKind};
use proptest::prelude::*;
use std::process::Command;
use std::sync::OnceLock;

const TEXTS: &[(&str, &str)] = &[
    ("2025-09-04", "Ukrainian President Volodymyr Zelensky met Steve Witkoff in Paris. If a peace deal is signed, Britain pledged to send troops to Ukraine."),
    ("2025-09-04", "Zelensky met Witkoff again on Thursday. Japan is preparing new sanctions on Russia."),
    ("2025-08-15", "Donald Trump met Vladimir Putin in Anchorage. Trump later spoke with Zelensky by phone."),
    ("2025-08-18", "Zelensky met Trump at the White House. NATO Secretary-General Mark Rutte met Trump too."),
    ("2025-03-02", "Canada pledged $1 billion in military aid to Ukraine. Keir Starmer hosted Zelensky in London."),
    ("2024-06-13", "Japan pledged $4.5 billion in aid to Ukraine. Polish Prime Minister Donald Tusk did not meet Viktor Orban."),
    ("2023-03-21", "Xi Jinping arrived in Moscow. He met Vladimir Putin at the Kremlin, and Putin thanked Xi."),
    ("2018-06-12", "Kim Jong Un met Donald Trump in Singapore. The \"historic\" meeting, Trump said, went well."),
];

fn relations() -> &'static Vec<Relation> {
    static R: OnceLock<Vec<Relation>> = OnceLock::new();
    R.get_or_init(|| {
        TEXTS
            .iter()
            .enumerate()
            .flat_map(|(i, (date, text))| {
                Extractor::bundled().extract(
                    &Document::new(format!("doc-{i}"), *text).with_date(date.parse().unwrap()),
                )
            })
            .collect()
    })
}

fn graph_of(idx: &[usize]) -> KnowledgeGraph {
    let rels = relations();
    KnowledgeGraph::from_relations(idx.iter().map(|&i| rels[i % rels.len()].clone()))
}

#[test]
fn the_same_fact_seen_twice_is_one_edge_with_two_pieces_of_evidence() {
    let kg = KnowledgeGraph::from_relations(relations().iter().cloned());
    let met: Vec<_> = kg
        .query()
        .kind(RelationKind::Met)
        .source("Zelensky")
        .target("Witkoff")
        .run()
        .collect();
    assert_eq!(met.len(), 1);
    assert_eq!(met[0].fact.evidence.len(), 2);
    // symmetric kinds: "Trump met Zelensky" and "Zelensky met Trump" are one fact
    let n = kg
        .query()
        .kind(RelationKind::Met)
        .source("Zelensky")
        .target("person:donald-trump")
        .run()
        .count();
    assert_eq!(n, 1);
}

#[test]
fn json_round_trip_is_identity() {
    let kg = KnowledgeGraph::from_relations(relations().iter().cloned());
    assert!(kg.fact_count() >= 10, "{}", kg.fact_count());
    let mut buf = Vec::new();
    kg.write_json(&mut buf).unwrap();
    let back: KnowledgeGraph = serde_json::from_slice(&buf).unwrap();
    assert_eq!(back, kg);
    let mut again = Vec::new();
    back.write_json(&mut again).unwrap();
    assert_eq!(buf, again, "serialisation is canonical");
}

#[test]
fn jsonl_export_gives_the_relations_back() {
    let kg = KnowledgeGraph::from_relations(relations().iter().cloned());
    let mut buf = Vec::new();
    kg.write_jsonl(&mut buf).unwrap();
    let lines: Vec<Relation> = String::from_utf8(buf)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let evidence: usize = kg.facts().map(|f| f.evidence.len()).sum();
    assert_eq!(lines.len(), evidence);
    assert_eq!(KnowledgeGraph::from_relations(lines), kg);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn merge_is_order_independent_and_associative(
        a in proptest::collection::vec(0usize..1000, 0..12),
        b in proptest::collection::vec(0usize..1000, 0..12),
        c in proptest::collection::vec(0usize..1000, 0..12),
    ) {
        let (ga, gb, gc) = (graph_of(&a), graph_of(&b), graph_of(&c));
        let left = ga.clone().merged(&gb).merged(&gc);
        let right = ga.clone().merged(&gb.clone().merged(&gc));
        let other_order = gc.clone().merged(&ga).merged(&gb);
        let all: Vec<usize> = a.iter().chain(&b).chain(&c).copied().collect();
        prop_assert_eq!(&left, &right);
        prop_assert_eq!(&left, &other_order);
        prop_assert_eq!(&left, &graph_of(&all));
    }

    #[test]
    fn serde_round_trip_of_any_merged_graph(a in proptest::collection::vec(0usize..1000, 0..20)) {
        let g = graph_of(&a);
        let json = serde_json::to_string(&g).unwrap();
        let back: KnowledgeGraph = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, g);
    }
}

#[test]
fn helpers() {
    let kg = KnowledgeGraph::from_relations(relations().iter().cloned());
    let zelensky = "person:volodymyr-zelensky";
    assert!(kg
        .neighbours(zelensky)
        .any(|(e, _)| e.name == "Steve Witkoff"));
    let timeline = kg.timeline(zelensky);
    assert!(timeline.len() >= 3, "{}", timeline.len());
    assert!(timeline
        .windows(2)
        .all(|w| w[0].first_date() <= w[1].first_date() || w[1].first_date().is_none()));
    let path = kg
        .shortest_connection("person:steve-witkoff", "person:xi-jinping")
        .expect("connected through Zelensky, Trump, Putin");
    assert!(path.len() >= 3 && path.len() <= 4, "{path:?}");
    assert!(kg
        .shortest_connection("person:steve-witkoff", "person:nobody")
        .is_none());
    // negated facts connect nobody: Tusk and Orban did not meet
    assert!(kg
        .shortest_connection("person:donald-tusk", "person:viktor-orban")
        .is_none());
    let ranking = kg.ranking(&RelationKind::Met, None);
    assert_eq!(ranking[0].0.name, "Donald Trump");
}

#[test]
fn questions() {
    let kg = KnowledgeGraph::from_relations(relations().iter().cloned());
    let a = kg.ask("who pledged troops?").unwrap();
    assert_eq!(a.answers.len(), 1);
    assert_eq!(a.answers[0].source.name, "United Kingdom");
    assert_eq!(a.answers[0].fact.modality, Modality::Conditional);

    let a = kg.ask("what did Japan pledge to Ukraine?").unwrap();
    assert_eq!(
        a.answers[0].fact.object.as_deref(),
        Some("$4.5 billion in aid")
    );

    let met: Vec<String> = kg
        .ask("whom did Putin meet in August 2025?")
        .unwrap()
        .answers
        .iter()
        .map(|x| {
            if x.source.name == "Vladimir Putin" {
                x.target.clone().unwrap().name
            } else {
                x.source.name.clone()
            }
        })
        .collect();
    assert_eq!(met, ["Donald Trump"]);

    assert_eq!(kg.ask("who met with Witkoff?").unwrap().answers.len(), 1);
    assert_eq!(
        kg.ask("who spoke to Zelensky?").unwrap().answers[0]
            .source
            .name,
        "Donald Trump"
    );
    assert_eq!(
        kg.ask("who sanctioned Russia?").unwrap().answers[0]
            .source
            .name,
        "Japan"
    );
    assert_eq!(
        kg.ask("who pledged aid to Ukraine").unwrap().answers.len(),
        2
    );
    // a negated meeting is no answer
    assert!(kg.ask("who met Viktor Orban?").unwrap().answers.is_empty());

    let err = kg.ask("how tall is Putin?").unwrap_err().to_string();
    assert!(
        err.contains("understood forms") && err.contains("who pledged"),
        "{err}"
    );
    let err = kg.ask("who met Zorblax Quux?").unwrap_err().to_string();
    assert!(err.contains("Zorblax Quux"), "{err}");
}

fn have(cmd: &str, args: &[&str]) -> bool {
    Command::new(cmd)
        .args(args)
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

/// In CI the readers are installed by `.ci/run`; elsewhere a missing reader skips the check.
fn reader_available(cmd: &str, args: &[&str]) -> bool {
    let ok = have(cmd, args);
    if !ok && std::env::var_os("CI").is_some() {
        panic!("{cmd} is not installed but CI is set: .ci/run must install it");
    }
    if !ok {
        eprintln!("skipping: {cmd} not installed");
    }
    ok
}

/// Runs a Python script on a file and returns what it printed; the script must succeed.
fn python(script: &str, file: &std::path::Path) -> String {
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn write_temp(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("diplograph-graph-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

#[test]
fn graphml_reads_in_networkx() {
    if !reader_available("python3", &["-c", "import networkx"]) {
        return;
    }
    let kg = KnowledgeGraph::from_relations(relations().iter().cloned());
    let mut buf = Vec::new();
    kg.write_graphml(&mut buf).unwrap();
    let p = write_temp("g.graphml", &buf);
    let script = "import sys, networkx as nx\ng = nx.read_graphml(sys.argv[1])\nprint(g.number_of_nodes(), g.number_of_edges(), g.nodes['country:UKR']['name'])";
    let printed = python(script, &p);
    let unary = usize::from(kg.facts().any(|f| f.target.is_none()));
    let expect = format!("{} {} Ukraine", kg.entity_count() + unary, kg.fact_count());
    assert_eq!(printed.trim(), expect);
}

#[test]
fn dot_renders_in_graphviz() {
    if !reader_available("dot", &["-V"]) {
        return;
    }
    let kg = KnowledgeGraph::from_relations(relations().iter().cloned());
    let mut buf = Vec::new();
    kg.write_dot(&mut buf).unwrap();
    let p = write_temp("g.dot", &buf);
    let out = Command::new("dot").arg("-Tsvg").arg(&p).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let svg = String::from_utf8_lossy(&out.stdout);
    assert!(
        svg.contains("<svg")
            && svg.contains("Volodymyr Zelensky")
            && svg.contains("pledged: troops")
    );
}

#[test]
fn ntriples_parse_in_rdflib() {
    if !reader_available("python3", &["-c", "import rdflib"]) {
        return;
    }
    let kg = KnowledgeGraph::from_relations(relations().iter().cloned());
    let mut buf = Vec::new();
    kg.write_ntriples(&mut buf).unwrap();
    let p = write_temp("g.nt", &buf);
    let script = "import sys, rdflib\ng = rdflib.Graph()\ng.parse(sys.argv[1], format='nt')\nq = 'SELECT (COUNT(?f) AS ?n) WHERE { ?f a <urn:diplograph:vocab:Fact> }'\nprint(len(g), list(g.query(q))[0][0])";
    let text = python(script, &p);
    let mut parts = text.split_whitespace();
    let triples: usize = parts.next().unwrap().parse().unwrap();
    let facts: usize = parts.next().unwrap().parse().unwrap();
    assert_eq!(
        triples,
        buf.split(|&b| b == b'\n').filter(|l| !l.is_empty()).count()
    );
    assert_eq!(facts, kg.fact_count());
}

#[test]
fn csv_follows_neo4j_import_headers() {
    let kg = KnowledgeGraph::from_relations(relations().iter().cloned());
    let (mut n, mut e) = (Vec::new(), Vec::new());
    kg.write_csv(&mut n, &mut e).unwrap();
    let nodes = String::from_utf8(n).unwrap();
    let edges = String::from_utf8(e).unwrap();
    let node_header: Vec<&str> = nodes.lines().next().unwrap().split(',').collect();
    assert!(node_header.contains(&"id:ID") && node_header.contains(&":LABEL"));
    let edge_header: Vec<&str> = edges.lines().next().unwrap().split(',').collect();
    assert_eq!(&edge_header[..3], &[":START_ID", ":END_ID", ":TYPE"]);
    // every relationship end is a node id
    let ids: std::collections::HashSet<&str> = nodes
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    if have("python3", &["-c", "import csv"]) {
        // a real CSV parser agrees on field counts (quoted sentences contain commas)
        let p = write_temp("edges.csv", edges.as_bytes());
        let script = "import csv, sys\nrows = list(csv.reader(open(sys.argv[1])))\nprint(len(rows) - 1, len({len(r) for r in rows}))\nprint('\\n'.join(r[0] + ' ' + r[1] for r in rows[1:]))";
        let text = python(script, &p);
        let mut lines = text.lines();
        assert_eq!(lines.next().unwrap(), format!("{} 1", kg.fact_count()));
        assert!(kg.fact_count() >= 10);
        for l in lines {
            let (s, t) = l.split_once(' ').unwrap();
            assert!(ids.contains(s) && ids.contains(t), "{l}");
        }
    }
    assert_eq!(edges.lines().count(), kg.fact_count() + 1);
}

#[test]
fn each_piece_of_evidence_keeps_its_own_date_and_place() {
    let ex = Extractor::bundled();
    let doc =
        |id: &str, date: &str, text: &str| Document::new(id, text).with_date(date.parse().unwrap());
    let mut kg = KnowledgeGraph::from_relations(ex.extract(&doc(
        "kazan",
        "2024-10-22",
        "Narendra Modi met Xi Jinping in Kazan.",
    )));
    kg.merge(&KnowledgeGraph::from_relations(ex.extract(&doc(
        "tianjin",
        "2025-08-31",
        "Narendra Modi met Xi Jinping in Tianjin.",
    ))));
    // the meeting, and Modi's visits to Russia and China
    let met = |r: &Relation| r.kind == RelationKind::Met;
    assert_eq!(
        kg.facts().filter(|f| f.kind == RelationKind::Met).count(),
        1
    );
    let records: Vec<Relation> = kg.relations().filter(met).collect();
    assert_eq!(records.len(), 2);
    for r in &records {
        let (date, place) = match r.doc.as_str() {
            "kazan" => ("2024-10-22", "Kazan"),
            _ => ("2025-08-31", "Tianjin"),
        };
        assert_eq!(r.date.map(|d| d.to_string()).as_deref(), Some(date));
        assert_eq!(r.place.as_deref(), Some(place), "{}", r.sentence);
    }
}

/// A relation whose every text field holds what CSV and XML must escape.
fn awkward_graph() -> KnowledgeGraph {
    let mut r = relations()[0].clone();
    r.kind = RelationKind::parse("Mediated, \"quietly\" <&>");
    r.cameo = "04,0\"".into();
    r.plover = "CONSULT <&> \"x\"".into();
    r.object = Some("aid, \"fast\"\nand more".into());
    r.sentence = "He said: \"a, b\" & <c>".into();
    KnowledgeGraph::from_relations([r])
}

#[test]
fn csv_fields_that_need_quotes_are_quoted() {
    let kg = awkward_graph();
    let (mut n, mut e) = (Vec::new(), Vec::new());
    kg.write_csv(&mut n, &mut e).unwrap();
    if !reader_available("python3", &["-c", "import csv"]) {
        return;
    }
    let p = write_temp("awkward-edges.csv", &e);
    // the strict dialect raises on a quote inside an unquoted field
    let script = "import csv, sys, json\ncsv.register_dialect('s', strict=True)\nrows = list(csv.reader(open(sys.argv[1], newline=''), 's'))\nprint(json.dumps(rows))";
    let rows: Vec<Vec<String>> = serde_json::from_str(&python(script, &p)).unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].len(), rows[1].len());
    let f = kg.facts().next().unwrap();
    let field = |name: &str| {
        let i = rows[0].iter().position(|h| h == name).unwrap();
        rows[1][i].clone()
    };
    assert_eq!(field(":TYPE"), f.kind.as_str().to_uppercase());
    assert_eq!(field("cameo"), f.cameo);
    assert_eq!(field("plover"), f.plover);
    assert_eq!(Some(field("object")), f.object);
}

#[test]
fn graphml_escapes_every_value() {
    let kg = awkward_graph();
    let mut buf = Vec::new();
    kg.write_graphml(&mut buf).unwrap();
    if !reader_available("python3", &["-c", "import xml.etree.ElementTree"]) {
        return;
    }
    let p = write_temp("awkward.graphml", &buf);
    let script = "import sys, json, xml.etree.ElementTree as ET\nns = '{http://graphml.graphdrawing.org/xmlns}'\nedge = ET.parse(sys.argv[1]).getroot().find(ns + 'graph').find(ns + 'edge')\nprint(json.dumps({d.get('key'): d.text or '' for d in edge.findall(ns + 'data')}))";
    let data: std::collections::HashMap<String, String> =
        serde_json::from_str(&python(script, &p)).unwrap();
    let f = kg.facts().next().unwrap();
    assert_eq!(data["relation"], f.kind.as_str());
    assert_eq!(data["plover"], f.plover);
    assert_eq!(data["sentence"], "He said: \"a, b\" & <c>");
}

#[test]
fn a_kind_has_one_value_however_it_was_made() {
    for name in ["met", "MET", " Spoke ", "mediated", "Mediated"] {
        let k = RelationKind::parse(name);
        assert_eq!(k.as_str(), name.trim().to_lowercase());
        let back: RelationKind = serde_json::from_str(&serde_json::to_string(&k).unwrap()).unwrap();
        assert_eq!(back, k, "{name}");
    }
    assert_eq!(RelationKind::parse("MET"), RelationKind::Met);
}

#[test]
fn exports_and_questions_use_the_gazetteer_given() {
    let line = r#"{"id":"person:maria-cantwell","name":"Maria Cantwell","kind":"person","wikidata":"Q22250","aliases":["M. Cantwell"],"person":{"short_names":["Cantwell"]}}"#;
    let mine = std::sync::Arc::new(
        diplograph::Gazetteer::builder()
            .with_bundled()
            .load_str("mine.jsonl", line)
            .unwrap()
            .build(),
    );
    let ex = Extractor::builder()
        .gazetteer(mine.clone())
        .build()
        .unwrap();
    let doc = Document::new(
        "d",
        "Senator Maria Cantwell met Volodymyr Zelensky in Kyiv.",
    )
    .with_date("2023-05-01".parse().unwrap());
    let kg = KnowledgeGraph::from_relations(ex.extract(&doc)).with_gazetteer(mine);
    let (mut n, mut e) = (Vec::new(), Vec::new());
    kg.write_csv(&mut n, &mut e).unwrap();
    let nodes = String::from_utf8(n).unwrap();
    assert!(
        nodes.contains("person:maria-cantwell,Maria Cantwell,person,Q22250,"),
        "{nodes}"
    );
    let mut nt = Vec::new();
    kg.write_ntriples(&mut nt).unwrap();
    assert!(String::from_utf8(nt)
        .unwrap()
        .contains("wikidata.org/entity/Q22250"));
    // an alias only the given gazetteer knows, and no suffix of a name in the graph
    assert_eq!(
        kg.query()
            .kind(RelationKind::Met)
            .source("M. Cantwell")
            .run()
            .count(),
        1
    );
}

#[test]
fn answers_about_symmetric_facts_name_the_asked_party_first() {
    let kg = KnowledgeGraph::from_relations(relations().iter().cloned());
    // "met" facts are stored with the smaller id first; asking from either side must name
    // the asked-about party as the answer's source and the other as its target
    for (asked, id, other) in [
        ("Putin", "person:vladimir-putin", "person:xi-jinping"),
        ("Xi Jinping", "person:xi-jinping", "person:vladimir-putin"),
    ] {
        let answers = kg.ask(&format!("whom did {asked} meet?")).unwrap().answers;
        assert!(
            answers.iter().all(|a| a.source.id.as_str() == id),
            "{asked}: {answers:?}"
        );
        assert!(
            answers
                .iter()
                .any(|a| a.target.as_ref().is_some_and(|t| t.id.as_str() == other)),
            "{asked}: {answers:?}"
        );
    }
    // a query without parties keeps the fact's own order
    for a in kg.query().kind(RelationKind::Met).run() {
        assert_eq!(&a.source.id, &a.fact.source);
    }
}

#[test]
fn answers_with_evidence_from_more_documents_come_first() {
    // one meeting told by three documents, another by one, asked about the same person
    let texts = [
        ("a", "Emmanuel Macron met Olaf Scholz in Berlin."),
        ("b", "Emmanuel Macron met Olaf Scholz again."),
        ("c", "Emmanuel Macron met Olaf Scholz on Friday."),
        ("d", "Emmanuel Macron met Giorgia Meloni in Rome."),
    ];
    let mut kg = KnowledgeGraph::new();
    for (id, text) in texts {
        kg.extend(
            Extractor::bundled()
                .extract(&Document::new(id, text).with_date("2023-06-01".parse().unwrap())),
        );
    }
    let answers = kg.ask("whom did Macron meet?").unwrap().answers;
    let names: Vec<&str> = answers
        .iter()
        .map(|a| a.target.as_ref().unwrap().name.as_str())
        .collect();
    assert_eq!(names, ["Olaf Scholz", "Giorgia Meloni"], "{answers:?}");
}

#[test]
fn connection_and_ranking_questions() {
    let kg = KnowledgeGraph::from_relations(relations().iter().cloned());
    // Kim met Trump (2018), Trump met Putin (2025): a chain of two facts from Kim
    let chain = kg.ask("how are Kim Jong Un and Putin connected?").unwrap();
    let steps: Vec<(&str, &str)> = chain
        .answers
        .iter()
        .map(|a| (a.source.id.as_str(), a.target.as_ref().unwrap().id.as_str()))
        .collect();
    assert_eq!(
        steps,
        [
            ("person:kim-jong-un", "person:donald-trump"),
            ("person:donald-trump", "person:vladimir-putin")
        ],
        "{chain:?}"
    );
    assert!(
        kg.ask("how is Putin connected to Kim Jong Un?")
            .unwrap()
            .answers
            .len()
            == 2
    );
    let ranked = kg.ask("who met the most leaders?").unwrap();
    assert!(ranked.answers.is_empty());
    let top = &ranked.ranking[0];
    assert_eq!(top.entity.id.as_str(), "person:donald-trump", "{ranked:?}");
    assert!(ranked.ranking.windows(2).all(|w| w[0].count >= w[1].count));
    assert!(matches!(
        kg.ask("how are Trump and Zzyzx Qwerty connected?"),
        Err(diplograph::QueryError::UnknownEntity { .. })
    ));
}
