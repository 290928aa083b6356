//! Reading a JSONL document line: a document or an error, never a panic; a document written
//! back as JSON reads back equal, and extracting from it keeps evidence inside its text.
#![no_main]
use diplograph::{Document, Extractor};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(line) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(doc) = Document::from_json_line(line) {
        let json = serde_json::to_string(&doc).unwrap();
        assert_eq!(Document::from_json_line(&json).unwrap(), doc);
        for r in Extractor::bundled().extract(&doc) {
            assert_eq!(&doc.text[r.span[0]..r.span[1]], r.sentence);
        }
    }
});
