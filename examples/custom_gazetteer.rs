//! Add your own actors: a person the bundled gazetteer does not know, and an organization,
//! then extract with them.
//!
//! ```text
//! cargo run --example custom_gazetteer
//! ```

use diplograph::gazetteer::{Office, PersonFacts};
use diplograph::{Document, Entity, EntityId, EntityKind, Extractor, Gazetteer, Role};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut builder = Gazetteer::builder().with_bundled();

    // A person, in code.
    let mut envoy = Entity::new("person:amara-okafor", EntityKind::Person, "Amara Okafor");
    envoy.person = Some(PersonFacts {
        short_names: vec!["Okafor".into()],
        offices: vec![Office {
            title: "special envoy".into(),
            role: Role::Envoy,
            of: EntityId::new("org:african-union"),
            start: Some("2025-01".parse()?),
            end: None,
            as_of: None,
            cameo: None,
            source: Some("example".into()),
        }],
    });
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
