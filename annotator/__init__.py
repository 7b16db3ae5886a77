"""claim-annotator: label the claim status of news sentences in the terminal."""

__version__ = "0.1.0"
