fn main() {
    let text = std::env::args().nth(1).unwrap();
    let doc = diplograph::Document::new("t", text).with_date("2024-08-28".parse().unwrap());
    let a = diplograph::Extractor::bundled().analyze(&doc);
    for m in &a.mentions {
        println!("{:?}", m);
    }
}
