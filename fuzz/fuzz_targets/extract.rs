//! Full extraction of a document: no panic, evidence inside the document, deterministic.
#![no_main]
use diplograph::{Document, Extractor};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let doc = Document::new("fuzz", text.clone()).with_date("2025-09-04".parse().unwrap());
    let rels = Extractor::bundled().extract(&doc);
    for r in &rels {
        let [a, b] = r.span;
        assert!(a <= b && b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b));
        assert_eq!(&text[a..b], r.sentence);
    }
    assert_eq!(rels, Extractor::bundled().extract(&doc));
});
