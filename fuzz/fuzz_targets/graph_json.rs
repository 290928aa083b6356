//! Graph JSON deserialisation on arbitrary bytes: whatever parses re-serialises and reads back
//! equal, and every export runs.
#![no_main]
use diplograph::KnowledgeGraph;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(g) = serde_json::from_slice::<KnowledgeGraph>(data) {
        let json = serde_json::to_vec(&g).unwrap();
        let back: KnowledgeGraph = serde_json::from_slice(&json).unwrap();
        assert_eq!(back, g);
        let mut sink = Vec::new();
        g.write_dot(&mut sink).unwrap();
        g.write_graphml(&mut sink).unwrap();
        g.write_ntriples(&mut sink).unwrap();
        g.write_jsonl(&mut sink).unwrap();
        g.write_csv(&mut Vec::new(), &mut Vec::new()).unwrap();
        let _ = g.ask("who met Putin?");
        let _ = g.shortest_connection("a", "b");
    }
});
