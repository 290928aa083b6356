"""diplograph: English news text to a knowledge graph of geopolitical actors — people, countries,
organizations — and what they did to each other (met, spoke, visited, pledged, sanctioned,
demanded, thanked, …), with the sentence, date, place and modality behind every fact.

The work is done in Rust (the ``diplograph`` crate); this package is its Python face::

    import diplograph

    ex = diplograph.Extractor()
    relations = ex.extract("Prime Minister Keir Starmer spoke with President Emmanuel Macron.")
    kg = diplograph.KnowledgeGraph(relations)
    print(kg.ask("whom did Starmer speak to?")[0].target.name)

Many documents: ``ex.extract_many(docs)`` streams relations with the interpreter released.
Archives larger than one machine: ``diplograph.dask`` (imported on its own, it needs Dask).
"""

from ._diplograph import (
    Answer,
    Answers,
    DiplographError,
    Entity,
    Evidence,
    Extractor,
    Fact,
    GazetteerError,
    KnowledgeGraph,
    QueryError,
    Relation,
    RelationStream,
    __version__,
    relations_frame,
)

__all__ = [
    "Answer",
    "Answers",
    "DiplographError",
    "Entity",
    "Evidence",
    "Extractor",
    "Fact",
    "GazetteerError",
    "KnowledgeGraph",
    "QueryError",
    "Relation",
    "RelationStream",
    "__version__",
    "relations_frame",
]
