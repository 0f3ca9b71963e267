/**
 * The public API of usersim: explicit re-exports only. Everything the CLI does
 * is reachable from here. Internal helpers are deliberately not exported.
 */

// Errors and determinism
export { UsersimError, formatIssue, isInfrastructureError } from './errors.js';
export type { ErrorCode, Issue } from './errors.js';
export { createRng } from './util/rng.js';
export type { Rng } from './util/rng.js';
export { createManualClock, systemClock } from './util/clock.js';
export type { Clock, ManualClock } from './util/clock.js';
export { createCounterIds, createIdGenerator } from './util/ids.js';
export type { IdGenerator } from './util/ids.js';

// Scenarios
export { ScenarioSchema } from './scenario/schema.js';
export type {
  Disclosure,
  Expectation,
  Fact,
  FactKind,
  Goal,
  GoalExpect,
  Limits,
  LoadedScenario,
  MatcherKind,
  Probe,
  ProbeAt,
  ProbeCategory,
  ReferenceStep,
  Scenario,
  ScenarioInput,
  StateAssertion,
  Unknown,
  UserSpec,
} from './scenario/schema.js';
export { loadScenarioFile, loadScenarioText, loadScenarios } from './scenario/load.js';
export type { LoadOptions } from './scenario/load.js';
export { lintScenario } from './scenario/lint.js';
export { findScenarioFiles } from './scenario/find-scenario-files.js';
export { scenarioJsonSchema, scenarioJsonSchemaText } from './scenario/json-schema.js';
export { agentContext } from './scenario/agent-context.js';
export type { WorldChecker } from './scenario/lint-world.js';

// Episode machine
export { episodeMachine } from './machines/episode.js';
export type { EpisodeMachine } from './machines/episode.js';
export type { EpisodeContext, EpisodeInput, EpisodeOutput } from './machines/episode-context.js';
export { TERMINATION_REASONS, isExcludedReason } from './machines/termination.js';
export type { Termination, TerminationReason } from './machines/termination.js';
export type { AgentAction, ToolCall, ToolOutcome, TranscriptEntry } from './core/transcript.js';
export { createTraceRecorder } from './machines/trace.js';
export type { TraceLine } from './machines/trace.js';

// Simulated users
export type { SimulatedUser, UserReply, UserStopReason, UserView } from './simulated-user/user.js';
export type { LedgerEntry } from './simulated-user/ledger.js';
export { disclosedFacts } from './simulated-user/ledger.js';
export { createAgendaUser } from './simulated-user/agenda.js';
export type { AgendaUserOptions } from './simulated-user/agenda.js';
export { agendaUserKind } from './simulated-user/agenda-kind.js';
export { llmUserKind } from './simulated-user/llm-kind.js';
export type { UserKind } from './simulated-user/user-kind.js';

// Ask recognition: did the agent ask for fact F?
export { askTargets } from './core/ask-recogniser.js';
export type { AskRecogniser, AskRecogniserVariant, AskRecognition, AskRequest, AskTarget } from './core/ask-recogniser.js';
export { createDeterministicAskRecogniser, recogniseAsks } from './asks/deterministic.js';
export { createLlmAskRecogniser } from './asks/llm.js';
export type { LlmAskRecogniserOptions } from './asks/llm.js';
export { askAgreement } from './asks/agreement.js';
export type { AgreementItem, AgreementReport } from './asks/agreement.js';
export { explainAsk, formatAskExplanation } from './asks/explain.js';

// Agents
export type { ActOptions, Agent, AgentMessage, Observation } from './agents/agent.js';
export { createReferenceAgent } from './agents/reference.js';
export type { ReferenceAgentOptions } from './agents/reference.js';
export { createNaiveAgent } from './agents/naive.js';
export type { NaiveAgentOptions } from './agents/naive.js';
export { createScriptedAgent } from './agents/scripted.js';
export type { ScriptedAction } from './agents/scripted.js';
export type { ClarifyKnob, ProbeKnob, ReferenceKnobs } from './agents/reference-name.js';
export { referenceAgentKind } from './agents/reference-kind.js';
export { naiveAgentKind } from './agents/naive-kind.js';
export { httpAgentKind, openAiToolsAgentKind, reactAgentKind } from './agents/llm-kinds.js';
export type { AgentKind } from './agents/agent-kind.js';

// Kinds and the registry: one plug-in shape, one explicit registry
export type { Kind } from './core/kind.js';
export type { ActorInit, AgentVariant, UserVariant } from './core/variants.js';
export { createRegistry } from './registry/registry.js';
export type { Registry, RegistryParts, RegistryProvenance } from './registry/registry.js';
export { builtinKinds } from './registry/builtins.js';
export { llmKinds, llmProvenance, llmRunHooks } from './registry/llm-kinds.js';
export type { LlmRunHooks } from './registry/llm-kinds.js';
export type { LlmKindsOptions } from './registry/llm-kinds.js';

// Environments and worlds
export type { EnvDiff, EnvSnapshot, Environment, JsonSchema, ToolSpec } from './environment/environment.js';
export { createSqliteEnvironment } from './environment/sqlite.js';
export { BUILTIN_TOOL_FUNCTIONS } from './environment/tools/tool-functions.js';
export type { ToolFunction, ToolFunctionContext, ToolFunctions } from './environment/tools/tool-functions.js';
export { createFunctionToolKind } from './environment/tools/function-tool.js';
export { calculate } from './environment/tools/calculate.js';
export { builtinWorlds, createWorld, packageRoot } from './environment/world.js';
export { createWorldCatalog, loadWorld } from './environment/world-catalog.js';
export type { WorldCatalog, WorldCatalogOptions } from './environment/world-catalog.js';
export { createSqlWorkerPool, type SqlWorkerPool } from './environment/sql-pool/sql-worker-pool.js';
export { DEFAULT_SQL_LIMITS, type SqlLimits } from './environment/sql-limits.js';
export type { World, WorldFactory, WorldKind, WorldSource } from './environment/world.js';
export { BUILTIN_TOOL_KINDS } from './environment/tool-kinds.js';
export type { ToolContext, ToolDeclaration, ToolKind, WorldInfo } from './environment/tool-kind.js';
export type { OrgSchema, SField, SObjectDescribe } from './core/org-schema.js';

// Judging and confidentiality
export type { AnswerVerdict, Judge, JudgeInput, Leak, ProbeVerdict, ProbeWordingVerdict, Scores, StateVerdict } from './judge/judge.js';
export { createDeterministicJudge } from './judge/deterministic.js';
export { matchAnswer } from './judge/match.js';
export { answerScorer } from './judge/answer-scorer.js';
export type { AnswerScorer } from './core/answer-scorer.js';
export { checkState } from './judge/state.js';
export type { AnswerCheck, AnswerExpectation } from './judge/match.js';
export type { RubricItemVerdict, StateReferenceVerdict } from './judge/judge.js';
export { checkActions, type ActionVerdict } from './judge/actions.js';
export { checkCommunicate, type CommunicateVerdict } from './judge/communicate.js';
export { scoreGoals, type GoalVerdict } from './judge/goals.js';
export { foldText, type FoldOptions } from './text/fold.js';
export { findQuantities, type Quantity, type QuantityKind } from './text/quantities.js';
export { detectRefusal, REFUSAL_THRESHOLD, UNCERTAIN_BAND } from './confidentiality/refusal.js';
export type { RefusalDetection } from './confidentiality/refusal.js';
export { readCanary } from './confidentiality/canary.js';
export type { Canary, CanaryKind } from './confidentiality/canary.js';
export { calibrateDetectors } from './studies/calibrate-detectors.js';
export type { CalibrationRate, CalibrateOptions, DetectorCalibration } from './studies/calibrate-detectors.js';
export { detectLeaks } from './confidentiality/leaks.js';

// Running
export { createRunner, USERSIM_VERSION } from './runner/runner.js';
export type { RunConfig, RunOutcome, RunProgress, Runner, RunnerDeps } from './runner/runner.js';
export { runEpisode } from './runner/run-episode.js';
export type { EpisodeRun, RunEpisodeOptions } from './runner/run-episode.js';
export { defaultSeeds, planEpisodes } from './runner/plan.js';
export { inShard, parseShard, shardSlice } from './runner/shard.js';
export type { Shard } from './runner/shard.js';
export { mergeRuns } from './runner/merge.js';
export type { MergeOutcome } from './runner/merge.js';
export { CONDITIONS, applyCondition } from './runner/conditions.js';
export { forEachResult, readResults } from './runner/results-store.js';
export { readManifest } from './runner/manifest.js';
export type { Manifest } from './runner/manifest.js';
export { checkScenarios, withheldNeededFacts } from './runner/check.js';
export type { CheckDeps, CheckRow } from './runner/check.js';
export { worldEnvironments } from './runner/world-environments.js';
export type { WorldEnvironments, WorldEnvironmentsOptions } from './runner/world-environments.js';
export type { Condition, EpisodeResult, EpisodeSpec, EpisodeUsage } from './runner/result.js';

// LLM layer
export { createLlmClient } from './llm/client.js';
export { preflightModels } from './llm/preflight.js';
export { redactUrl } from './llm/redact-url.js';
export type { LlmClient, LlmClientOptions } from './llm/client.js';
export type { ChatRequest, ChatResult, LlmMessage, LlmRole, LlmTool } from './llm/chat-types.js';
export { ModelConfigSchema, modelConfigFromFlags, resolveModelConfig } from './llm/model-config.js';
export type { ModelConfig } from './llm/model-config.js';
export { loadUsersimConfig } from './llm/usersim-config.js';
export { createLlmSession } from './llm/session.js';
export type { LlmSession, LlmSessionOptions } from './llm/session.js';
export type { CostEstimate } from './llm/estimate.js';
export { createOpenAiToolsAgent } from './agents/openai-tools.js';
export { createReactAgent } from './agents/react.js';
export { createHttpAgent, HTTP_AGENT_PROTOCOL, HttpAgentActionSchema } from './agents/http.js';
export type { PromptProvenance, PromptTemplate } from './agents/prompt-parts.js';
export { createLlmUser } from './simulated-user/llm.js';
export { createLlmJudge } from './judge/llm-judge.js';
export { createUsageMeter } from './llm/usage.js';
export { DEFAULT_LLM_CONCURRENCY, DEFAULT_OFFLINE_CONCURRENCY, describeConcurrency, planConcurrency } from './llm/concurrency-plan.js';
export type { ConcurrencyPlan, EndpointUse } from './llm/concurrency-plan.js';

// Studies: metrics and statistics
export { successMetrics } from './studies/metrics/success.js';
export { clarificationMetrics } from './studies/metrics/clarification.js';
export { analyzeClarification, type EpisodeClarification, type GoalClarification } from './studies/metrics/clarification-episode.js';
export { confidentialityMetrics } from './studies/metrics/confidentiality.js';
export { simulatorValidity } from './studies/metrics/simulator.js';
export { comparePaired } from './studies/metrics/compare.js';
export { mcnemar, mcnemarFromCounts } from './studies/stats/mcnemar.js';
export { bootstrapClusters, bootstrapMean, bootstrapPairedDifference } from './studies/stats/bootstrap.js';
export { passAtK, passHatK, passKCurve } from './studies/stats/pass-k.js';
export { reliability } from './studies/stats/reliability.js';
export { noiseFloor } from './studies/stats/noise-floor.js';
export { mcnemarPower, mcnemarSampleSize, zeroEventUpperBound } from './studies/stats/sample-size.js';
export { wilsonInterval } from './studies/stats/wilson.js';

// Studies: specs and runs
export { loadStudySpec, loadStudySpecText } from './studies/spec.js';
export { StudySpecSchema } from './studies/spec-schema.js';
export type { StudySpec, StudySpecInput } from './studies/spec-schema.js';
export { rescoreStudy, runStudy } from './studies/run-study.js';
export { computeStudy } from './studies/compute-study.js';
export type { RunStudyOptions, StudyOutcome } from './studies/run-study.js';
export { STUDY_FILE, readStudyResult } from './studies/study-result.js';
export type { StudyComparison, StudyResult } from './studies/study-result.js';

// Reports
export { createSummary, summarize, summarizeRun } from './report/summary.js';
export type { SummaryBuilder, SummaryRow } from './report/summary.js';
export { renderSummaryTable } from './report/summary-table.js';
export { writeReport } from './report/write-report.js';
export type { WriteReportOptions, WrittenReport } from './report/write-report.js';
export { buildReportModel } from './report/build-report-model.js';
export { renderHtmlReport } from './report/html.js';
export { resultsCsv } from './report/csv.js';
export { junitXml } from './report/junit.js';
