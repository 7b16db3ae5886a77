"""Suggestions learned from the team's labels: a text classifier beside the rules.

`features.py` turns a sentence and the rules' suggestion into features; `classifier.py` fits,
applies and serialises the scikit-learn model (no pickle); `training.py` gathers the labels
and cross-validates; `suggester.py` combines the model's label with the rules' cue and source;
`uncertain.py` orders a queue by the model's doubt. scikit-learn is imported by these modules
only, on first use, never at the annotation screen's start.
"""
