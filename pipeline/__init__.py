"""pipeline: presentation PDFs (Polish slide decks above all) to repaired, entity-tagged JSON."""

__version__ = "0.4.4"
