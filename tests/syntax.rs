//! The syntax stage: tokens as the treebank cuts them, trees that must hold on sentences of our
//! own, refusal of damaged model files, and accuracy on UD English EWT when it is present.

use std::path::Path;

use diplograph::syntax::{conllu, evaluate, tokenize, ModelError, Parse, SyntaxModel, UPos};

fn parse(text: &str) -> Parse {
    SyntaxModel::bundled().parse(text)
}

/// The dependent of `head` with relation `rel` (universal part), by its text.
fn dependent<'p>(p: &'p Parse, head: &str, rel: &str) -> Option<&'p str> {
    let h = p.position(head)?;
    p.dependents(h)
        .find(|&d| p.relation(d) == rel)
        .map(|d| p.form(d))
}

fn head_of<'p>(p: &'p Parse, word: &str) -> Option<&'p str> {
    let w = p.position(word)?;
    p.head(w).map(|h| p.form(h))
}

#[test]
fn subjects_across_participle_clauses_and_objects_after_them() {
    let p = parse("Speaking to reporters in Ankara, the minister thanked Sweden for its support.");
    assert_eq!(dependent(&p, "thanked", "nsubj"), Some("minister"));
    assert_eq!(dependent(&p, "thanked", "obj"), Some("Sweden"));
    assert_eq!(head_of(&p, "Speaking"), Some("thanked"));
    assert_eq!(p.relation(p.position("Speaking").unwrap()), "advcl");
}

#[test]
fn relative_clauses_attach_to_their_noun() {
    let p = parse("The minister, who arrived late, met the envoy in Paris.");
    assert_eq!(head_of(&p, "arrived"), Some("minister"));
    assert_eq!(p.label(p.position("arrived").unwrap()), "acl:relcl");
    assert_eq!(dependent(&p, "arrived", "nsubj"), Some("who"));
}

#[test]
fn prepositional_partners_and_adverbs_between() {
    let p = parse("The president spoke today with the prime minister of Italy.");
    assert_eq!(dependent(&p, "spoke", "nsubj"), Some("president"));
    assert_eq!(head_of(&p, "minister"), Some("spoke"));
    assert_eq!(p.relation(p.position("minister").unwrap()), "obl");
    assert_eq!(head_of(&p, "with"), Some("minister"));
}

#[test]
fn shared_subjects_and_coordinated_objects() {
    let p = parse("The envoy flew to Warsaw and met the defence minister.");
    let flew = p.position("flew").unwrap();
    let met = p.position("met").unwrap();
    assert_eq!(p.head(met), Some(flew));
    assert_eq!(p.relation(met), "conj");
    assert_eq!(dependent(&p, "flew", "nsubj"), Some("envoy"));
    assert_eq!(dependent(&p, "met", "obj"), Some("minister"));

    let p = parse("She thanked Canada, Japan and Norway.");
    assert_eq!(dependent(&p, "thanked", "obj"), Some("Canada"));
    assert_eq!(head_of(&p, "Japan"), Some("Canada"));
    assert_eq!(head_of(&p, "Norway"), Some("Canada"));
    assert_eq!(p.relation(p.position("Norway").unwrap()), "conj");
}

#[test]
fn passives_and_possessives() {
    let p = parse("The sanctions were imposed by the European Union on Tuesday.");
    assert_eq!(p.label(p.position("sanctions").unwrap()), "nsubj:pass");
    assert_eq!(head_of(&p, "Union"), Some("imposed"));
    assert_eq!(p.label(p.position("Union").unwrap()), "obl:agent");

    let p = parse("Russia's foreign minister met his Chinese counterpart.");
    let russia = p.position("Russia").unwrap();
    assert_eq!(p.form(russia + 1), "'s");
    assert_eq!(p.label(russia), "nmod:poss");
    assert_eq!(dependent(&p, "met", "nsubj"), Some("minister"));
    assert_eq!(dependent(&p, "met", "obj"), Some("counterpart"));
}

#[test]
fn tags_of_plain_words() {
    let p = parse("The leaders will meet in Geneva next week.");
    let tags: Vec<UPos> = (0..p.len()).map(|i| p.tag(i)).collect();
    assert_eq!(
        tags,
        [
            UPos::Det,
            UPos::Noun,
            UPos::Aux,
            UPos::Verb,
            UPos::Adp,
            UPos::Propn,
            UPos::Adj,
            UPos::Noun,
            UPos::Punct
        ]
    );
}

#[test]
fn every_parse_is_a_tree_with_one_root() {
    let texts = [
        "",
        "!!!!",
        "Yes.",
        "The the the the the the the the.",
        "(((( [[[ ' \" «",
        "met met met met with with with and and , , , Putin Putin",
    ];
    for text in texts {
        let p = parse(text);
        if p.is_empty() {
            assert_eq!(p.root(), None);
            continue;
        }
        let roots = (0..p.len()).filter(|&i| p.head(i).is_none()).count();
        assert_eq!(roots, 1, "{text:?}");
        for i in 0..p.len() {
            assert!(p.ancestors(i).count() < p.len(), "cycle in {text:?}");
        }
    }
}

#[test]
fn hostile_sentences_parse_to_trees() {
    let one_token = "x".repeat(4096);
    let p = parse(&one_token);
    assert_eq!(p.len(), 1);
    assert_eq!(p.root(), Some(0));

    let punctuation = ", ".repeat(10_000);
    let p = parse(&punctuation);
    assert_eq!(p.len(), 10_000);
    assert_eq!((0..p.len()).filter(|&i| p.head(i).is_none()).count(), 1);
}

#[test]
fn damaged_model_files_are_refused_with_a_reason() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/syntax/en_ewt.model");
    let bytes = std::fs::read(&path).unwrap();
    assert!(SyntaxModel::from_bytes(&bytes).is_ok());

    assert!(matches!(
        SyntaxModel::from_bytes(b""),
        Err(ModelError::BadMagic)
    ));
    assert!(matches!(
        SyntaxModel::from_bytes(b"not a model at all"),
        Err(ModelError::BadMagic)
    ));
    let truncated = &bytes[..bytes.len() / 2];
    assert!(SyntaxModel::from_bytes(truncated).is_err());
    let mut flipped = bytes.clone();
    let middle = flipped.len() / 3;
    flipped[middle] ^= 0x40;
    assert!(matches!(
        SyntaxModel::from_bytes(&flipped),
        Err(ModelError::Checksum)
    ));

    let dir = std::env::temp_dir().join(format!("diplograph-syntax-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.model");
    std::fs::write(&bad, truncated).unwrap();
    let e = SyntaxModel::from_file(&bad).unwrap_err();
    assert!(e.to_string().contains("bad.model"), "{e}");
    let missing = SyntaxModel::from_file(dir.join("missing.model")).unwrap_err();
    assert!(missing.to_string().contains("missing.model"), "{missing}");
    std::fs::remove_dir_all(&dir).ok();
}

/// The treebank, when this checkout sits beside the project's shared data.
fn treebank(name: &str) -> Option<Vec<conllu::TreebankSentence>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/ud-ewt")
        .join(name);
    if !path.exists() {
        eprintln!(
            "skipped: {} is absent (UD English EWT lives outside the repository)",
            path.display()
        );
        return None;
    }
    Some(conllu::read_file(&path).unwrap())
}

#[test]
fn tokenizer_cuts_raw_text_as_the_treebank_does() {
    let Some(sentences) = treebank("en_ewt-ud-test.conllu") else {
        return;
    };
    let (mut matched, mut ours, mut theirs) = (0usize, 0usize, 0usize);
    let mut sampled = 0;
    for s in sentences.iter().filter(|s| s.text.is_some()).take(1000) {
        let text = s.text.as_deref().unwrap_or_default();
        let ours_spans = tokenize(text);
        // The treebank's words located in the raw text, in order (a word the text does not
        // hold as written, as in some multi-word tokens, stays unlocated and unmatched).
        let mut gold_spans = Vec::new();
        let mut at = 0;
        for form in &s.forms {
            if let Some(k) = text[at..].find(form.as_str()) {
                gold_spans.push(at + k..at + k + form.len());
                at += k + form.len();
            }
        }
        sampled += 1;
        ours += ours_spans.len();
        theirs += s.forms.len();
        matched += ours_spans.iter().filter(|r| gold_spans.contains(r)).count();
    }
    let precision = matched as f64 / ours as f64;
    let recall = matched as f64 / theirs as f64;
    let f1 = 2.0 * precision * recall / (precision + recall);
    eprintln!("tokens on {sampled} EWT test sentences: P {precision:.4} R {recall:.4} F1 {f1:.4}");
    assert!(f1 >= 0.98, "token F1 {f1:.4} on the EWT sample");
}

#[test]
fn accuracy_on_the_ewt_test_set() {
    let Some(sentences) = treebank("en_ewt-ud-test.conllu") else {
        return;
    };
    let e = evaluate(SyntaxModel::bundled(), &sentences);
    eprintln!("EWT test: {e:?}");
    // the bundled model's measured accuracy, less a little: a retrained or damaged model
    // that parses worse fails here (UAS at least the 85 % the README states)
    assert!(e.upos >= 0.950, "UPOS {:.4}", e.upos);
    assert!(e.uas >= 0.850, "UAS {:.4}", e.uas);
    assert!(e.las >= 0.820, "LAS {:.4}", e.las);
}

#[test]
fn conllu_output_reads_back() {
    let p = parse("Germany pledged two air defence systems to Ukraine.");
    let mut out = Vec::new();
    conllu::write(
        &mut out,
        "1",
        "Germany pledged two air defence systems to Ukraine.",
        &p,
    )
    .unwrap();
    let back = conllu::read(out.as_slice(), Path::new("written")).unwrap();
    assert_eq!(back.len(), 1);
    assert_eq!(back[0].forms.len(), p.len());
    for i in 0..p.len() {
        assert_eq!(back[0].forms[i], p.form(i));
        assert_eq!(back[0].tags[i], p.tag(i));
        assert_eq!(back[0].heads[i], p.head(i));
        assert_eq!(back[0].labels[i], p.label(i));
    }
}

#[test]
fn extraction_asks_the_tree_where_the_window_rules_fail() {
    use diplograph::{Document, Extractor};
    let doc = Document::new(
        "abuja",
        "Blinken, after a long flight from Washington and a short stop in Lagos that included a \
         visit to a market, met with President Tinubu.",
    )
    .with_date("2023-11-06".parse().unwrap());
    let met = |ex: &Extractor| {
        ex.extract(&doc).iter().any(|r| {
            r.kind.as_str() == "met"
                && r.source.id.as_str() == "person:antony-blinken"
                && r.target
                    .as_ref()
                    .is_some_and(|t| t.id.as_str() == "person:bola-tinubu")
        })
    };
    assert!(met(Extractor::bundled()));
    let without = Extractor::builder().parse_sentences(false).build().unwrap();
    assert!(
        !met(&without),
        "the window rules alone now find it: pick a harder sentence"
    );
}
