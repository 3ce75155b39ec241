import {
  ATTRIBUTIONS,
  CASUALTY_METRICS,
  CASUALTY_POPULATIONS,
  CLAIM_KINDS,
  CLAIM_STAGES,
  CREDIBILITIES,
  EVIDENCE_STANCES,
  FIGURE_QUALIFIERS,
  LIKELIHOODS,
  SOURCE_RELIABILITIES,
  SOURCE_TYPES,
  VERDICTS,
  attributionLabel,
  casualtyMetricLabel,
  casualtyPopulationLabel,
  claimKindLabel,
  claimStageLabel,
  credibilityLabel,
  evidenceStanceLabel,
  figureQualifierLabel,
  likelihoodLabel,
  sourceReliabilityLabel,
  sourceTypeLabel,
  verdictLabel,
} from "@claimdesk/schemas";
import type { Option } from "./fields";

// The choices each select offers, in the schemas' order and with their human labels.

const labelled = <T extends string>(values: readonly T[], labels: Record<T, string>): Option[] =>
  values.map((value) => ({ value, label: labels[value] }));

export const kindOptions = labelled(CLAIM_KINDS, claimKindLabel);
export const stageOptions = labelled(CLAIM_STAGES, claimStageLabel);
export const verdictOptions = labelled(VERDICTS, verdictLabel);
export const metricOptions = labelled(CASUALTY_METRICS, casualtyMetricLabel);
export const populationOptions = labelled(CASUALTY_POPULATIONS, casualtyPopulationLabel);
export const qualifierOptions = labelled(FIGURE_QUALIFIERS, figureQualifierLabel);
export const attributionOptions = labelled(ATTRIBUTIONS, attributionLabel);
export const likelihoodOptions = labelled(LIKELIHOODS, likelihoodLabel);
export const sourceTypeOptions = labelled(SOURCE_TYPES, sourceTypeLabel);
export const stanceOptions = labelled(EVIDENCE_STANCES, evidenceStanceLabel);
/** "B – Usually reliable". */
export const reliabilityOptions: Option[] = SOURCE_RELIABILITIES.map((grade) => ({ value: grade, label: `${grade} – ${sourceReliabilityLabel[grade]}` }));
/** "2 – Probably true". */
export const credibilityOptions: Option[] = CREDIBILITIES.map((value) => ({ value: String(value), label: `${value} – ${credibilityLabel[value]}` }));
