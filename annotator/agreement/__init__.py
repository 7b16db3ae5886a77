"""Inter-annotator agreement over `(item, annotator, label)` triples, nominal or ordered.

Coefficients (each takes triples or a prebuilt `RatingData`, and an optional `categories`;
each returns a float or raises `UndefinedAgreement` with the reason):
`krippendorff_alpha`, `fleiss_kappa`, `cohen_kappa`, `light_kappa`, `scott_pi`, `gwet_ac1`,
`brennan_prediger`, `conger_kappa`, `percent_agreement`; `compute_all` runs them all. On an
ordered scale: `krippendorff_alpha(level=...)`, `gwet_ac2`, `weighted_cohen_kappa`.
`uncertainty` gives any coefficient's standard error, interval and p-value as irrCAC does.
Breakdowns: `pairwise_cohen_kappa`, `per_label_agreement`, `label_alpha`,
`coincidence_matrix`, `confusion_matrix`, `agreement_by_group`; `kappa_from_table` is Cohen's
kappa of a table counted elsewhere; `bootstrap_alpha` gives a seeded percentile interval.
`build_report` gathers everything into an `AgreementReport`, which `annotator.agreement.render`
prints as Rich tables, Markdown, JSON or HTML; `annotator.agreement.sway` adds the suggestions
section from a database.
"""

from annotator.agreement.bootstrap import AlphaInterval, bootstrap_alpha
from annotator.agreement.coefficients import (
    COEFFICIENTS,
    SPECS,
    CoefficientSpec,
    GroupAgreement,
    LabelAgreement,
    LabelMatrix,
    PairwiseKappa,
    RatingData,
    Triple,
    UndefinedAgreement,
    agreement_by_group,
    brennan_prediger,
    cohen_kappa,
    coincidence_matrix,
    compute_all,
    confusion_matrix,
    conger_kappa,
    fleiss_kappa,
    gwet_ac1,
    kappa_from_table,
    krippendorff_alpha,
    label_alpha,
    light_kappa,
    pairwise_cohen_kappa,
    per_label_agreement,
    percent_agreement,
    scott_pi,
)
from annotator.agreement.report import AgreementReport, build_report
from annotator.agreement.variance import Uncertainty, uncertainty
from annotator.agreement.weighted import (
    ORDERED_SPECS,
    agreement_weights,
    gwet_ac2,
    krippendorff_alpha_at,
    weighted_cohen_kappa,
)

__all__ = [
    "COEFFICIENTS",
    "ORDERED_SPECS",
    "SPECS",
    "Uncertainty",
    "agreement_weights",
    "gwet_ac2",
    "krippendorff_alpha_at",
    "uncertainty",
    "weighted_cohen_kappa",
    "CoefficientSpec",
    "AgreementReport",
    "AlphaInterval",
    "GroupAgreement",
    "LabelAgreement",
    "LabelMatrix",
    "PairwiseKappa",
    "RatingData",
    "Triple",
    "UndefinedAgreement",
    "agreement_by_group",
    "bootstrap_alpha",
    "brennan_prediger",
    "build_report",
    "cohen_kappa",
    "coincidence_matrix",
    "compute_all",
    "confusion_matrix",
    "conger_kappa",
    "fleiss_kappa",
    "gwet_ac1",
    "kappa_from_table",
    "krippendorff_alpha",
    "label_alpha",
    "light_kappa",
    "pairwise_cohen_kappa",
    "per_label_agreement",
    "percent_agreement",
    "scott_pi",
]
