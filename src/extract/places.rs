//! Cities and the countries they lie in: where "in Geneva" or "flew to Jeddah" was.
//!
//! The gazetteer names countries and their seats ("Paris" is France's), which are actors; a
//! city that is no seat of government is only a place, so it lives here, in
//! `data/places.tsv` (cities of 100,000 people or more from GeoNames, each name kept only where
//! it means one city; see `tools/places/build.py`), with the residences and retreats news names
//! instead of a city ("at Camp David") in `data/venues.tsv`. A visit needs a country, and a meeting "in
//! Jeddah" tells where its foreign party travelled.

use super::items::{ActorRef, SentenceView};
use super::lexicon::WordClass;
use crate::fxhash::FxHashMap;
use crate::gazetteer::{EntityIndex, Gazetteer};
use crate::text::fold;
use once_cell::sync::Lazy;

/// How many capitalised words a place name may run to ("Sharm el-Sheikh", "Palm Beach").
pub(crate) const MAX_PLACE_WORDS: usize = 4;

/// City names, folded and lower-cased, and the gazetteer id of their country.
pub(crate) struct PlaceBook {
    country: FxHashMap<String, String>,
}

static BUNDLED: Lazy<PlaceBook> = Lazy::new(|| {
    let mut book = PlaceBook::parse(include_str!("../../data/places.tsv"));
    book.country
        .extend(PlaceBook::parse(include_str!("../../data/venues.tsv")).country);
    book
});

impl PlaceBook {
    /// The bundled cities.
    pub fn bundled() -> &'static PlaceBook {
        &BUNDLED
    }

    /// Reads `name<TAB>ISO3` lines; `#` starts a comment line. Lines without a tab are skipped
    /// (the bundled file is checked whole by a test).
    fn parse(text: &str) -> PlaceBook {
        let country = text
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .map(|(name, iso3)| (key(name), format!("country:{}", iso3.trim())))
            .collect();
        PlaceBook { country }
    }

    /// The country id of a city name ("Jeddah" → `country:SAU`).
    pub fn country_of(&self, name: &str) -> Option<&str> {
        self.country.get(&key(name)).map(String::as_str)
    }

    /// The country of a city named `name`, from the city list or, for a capital that stands
    /// for no government and so is no actor ("Mexico City"), from the gazetteer's capitals.
    pub fn country_of_city(&self, gazetteer: &Gazetteer, name: &str) -> Option<EntityIndex> {
        let id = self
            .country_of(name)
            .or_else(|| gazetteer.country_with_capital(name).map(|c| c.id.as_str()))?;
        gazetteer.index_of(id)
    }

    /// The country of the place named by items `from..` of `view`: the longest run of up to
    /// [`MAX_PLACE_WORDS`] capitalised words that names a city, or a country or seat the
    /// gazetteer found there. Returns the country and the item after the place.
    pub fn country_at(
        &self,
        gazetteer: &Gazetteer,
        view: &SentenceView,
        doc: &str,
        from: usize,
    ) -> Option<(ActorRef, usize)> {
        let first = view.items.get(from)?;
        if let Some(a) = first.actor() {
            // "the Iran nuclear deal" names no place: an adjective or modifier is no party
            return (a.place_like && first.party().is_some())
                .then_some(a.who)
                .flatten()
                .map(|w| (w, from + 1));
        }
        // (a name the resolver found to be part of a longer place's is one of its words: "New
        // *Mexico*")
        let capitalised = |k: usize| {
            k < view.len()
                && (view.is_capitalised_word(doc, k)
                    || (k > from
                        && view.items[k].actor().is_some_and(|a| a.who.is_none())
                        && view.text(doc, k).starts_with(char::is_uppercase)))
        };
        let mut end = from;
        // "Sharm el-Sheikh" holds one lower-case word; "Rio de Janeiro" a connector
        while end < view.len()
            && end - from < MAX_PLACE_WORDS
            && (capitalised(end) || (end > from && view.items[end].is_word()))
        {
            end += 1;
        }
        (from + 1..=end).rev().find_map(|b| {
            if !capitalised(b - 1) && b - 1 != from {
                // a name ends in a capitalised word (or is one word)
                return None;
            }
            let text = &doc[view.items[from].start..view.items[b - 1].end];
            let city = self.country_of_city(gazetteer, text)?;
            Some(named_country_after(view, b).unwrap_or((ActorRef::Known(city), b)))
        })
    }
}

/// The country a comma names right after a town, where it ends the phrase: "Bali,
/// *Indonesia* for a meeting" (the town list knows another Bali); not a list's next member
/// ("Paris, Germany and Italy").
fn named_country_after(view: &SentenceView, b: usize) -> Option<(ActorRef, usize)> {
    if view.items.get(b).is_none_or(|it| it.is_word()) || view.lower(b) != "," {
        return None;
    }
    let country = view.items.get(b + 1)?;
    let who = country
        .actor()
        .filter(|a| a.place_like && country.party().is_some())?
        .who?;
    let list_goes_on = view.items.get(b + 2).is_some_and(|n| {
        matches!(view.lower(b + 2), "," | "and" | "or" | "&") || n.party().is_some()
    });
    (!list_goes_on).then_some((who, b + 2))
}

/// Nouns of a place: a name may follow them after "of" ("the Chinese *city* of Wenzhou"),
/// and a possessor before them names where they are ("Syria's *capital*").
pub(crate) const PLACE_NOUNS: &[&str] = &[
    "city", "town", "village", "port", "capital", "region", "province", "resort", "island",
    "district", "enclave", "airport", "border", "base", "embassy", "palace", "camp",
];

/// A place described before its name, from item `at` (past "the"): "*eastern Chinese city of*
/// Wenzhou", "*southern Russian region of* Kalmykia", "*border town of* Kilis" — lower-case
/// adjectives, a demonym, a noun of place and "of". Returns the country the demonym names, if
/// one does, and the item where the name starts.
pub(crate) fn described_place(
    view: &SentenceView,
    doc: &str,
    at: usize,
) -> Option<(Option<ActorRef>, usize)> {
    let mut k = at;
    let mut country = None;
    while k < view.len() && k < at + 4 {
        let lower_word = view.items[k].is_word()
            && view.text(doc, k).starts_with(char::is_lowercase)
            && !view.is(
                k,
                WordClass::PREPOSITION | WordClass::DETERMINER | WordClass::CLAUSE_BREAK,
            );
        if let Some(c) = view.demonym_at(k) {
            country = Some(c);
        } else if !lower_word || PLACE_NOUNS.contains(&view.lower(k)) {
            break;
        }
        k += 1;
    }
    let noun = k < view.len() && view.items[k].is_word() && PLACE_NOUNS.contains(&view.lower(k));
    let of = k + 1 < view.len() && view.items[k + 1].is_word() && view.lower(k + 1) == "of";
    (noun && of && k + 2 < view.len()).then_some((country, k + 2))
}

fn key(name: &str) -> String {
    fold(name.trim()).to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_of_the_bundled_files_is_a_place_of_a_gazetteer_country() {
        let g = Gazetteer::bundled();
        let mut places = 0;
        for (file, text) in [
            ("places.tsv", include_str!("../../data/places.tsv")),
            ("venues.tsv", include_str!("../../data/venues.tsv")),
        ] {
            for (i, line) in text
                .lines()
                .enumerate()
                .filter(|(_, l)| !l.starts_with('#'))
            {
                let (name, iso3) = line
                    .split_once('\t')
                    .unwrap_or_else(|| panic!("{file}:{}: no tab", i + 1));
                assert!(!name.trim().is_empty(), "{file}:{}: no name", i + 1);
                let id = format!("country:{iso3}");
                assert!(g.get(&id).is_some(), "{file}:{}: {id} unknown", i + 1);
                places += 1;
            }
        }
        assert!(places > 5_000, "{places} places");
        // no venue shares a name with a city
        assert_eq!(PlaceBook::bundled().country.len(), places);
    }

    #[test]
    fn cities_name_their_country_whatever_the_accents() {
        let p = PlaceBook::bundled();
        assert_eq!(p.country_of("Jeddah"), Some("country:SAU"));
        assert_eq!(p.country_of("munich"), Some("country:DEU"));
        assert_eq!(p.country_of("Élysée Palace"), Some("country:FRA"));
        assert_eq!(p.country_of("Zürich"), p.country_of("Zurich"));
        assert_eq!(p.country_of("Atlantis"), None);
    }
}
