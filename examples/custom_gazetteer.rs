//! Add your own actors: a person the bundled gazetteer does not know, and an organization,
//! then extract with them.
//!
//! ```text
//! cargo run --example custom_gazetteer
//! ```

use diplograph::gazetteer::{Office, PersonFacts};
use diplograph::{Document, Entity, EntityId, EntityKind, Extractor, Gazetteer, Role};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut builder = Gazetteer::builder();
    builder.with_bundled();

    // A person, in code.
    let mut envoy = Entity::new("person:amara-okafor", EntityKind::Person, "Amara Okafor");
    let mut facts = PersonFacts::default();
    facts.short_names.push("Okafor".into());
    facts.offices.push(
        Office::new(
            "special envoy",
            Role::Envoy,
            EntityId::new("org:african-union"),
        )
        .with_start("2025-01".parse()?)
        .with_source("example"),
    );
    envoy.person = Some(facts);
    builder.add(envoy)?;

    // An organization, from JSON Lines as a user file would hold it.
    builder.load_str(
        "my-actors.jsonl",
        r#"{"id":"org:lake-chad-commission","kind":"organization","name":"Lake Chad Basin Commission","aliases":["Lake Chad Commission"],"organization":{"acronyms":["LCBC"],"category":"regional_organization","members":["country:CMR","country:TCD","country:NER","country:NGA"]}}"#,
    )?;
    let gazetteer = builder.build();
    let issues = gazetteer.validate();
    assert!(issues.is_empty(), "{issues:?}");

    let extractor = Extractor::builder().gazetteer(gazetteer).build()?;
    let doc = Document::new(
        "lake-chad",
        "African Union envoy Amara Okafor met the LCBC secretariat in N'Djamena on Monday. \
         Okafor later visited Niger.",
    )
    .with_date("2025-06-02".parse()?);
    for r in extractor.extract(&doc) {
        println!(
            "{} {} {} [{}]",
            r.source.name,
            r.kind,
            r.target.as_ref().map_or("—", |t| t.name.as_str()),
            r.modality.as_str()
        );
    }
    Ok(())
}
