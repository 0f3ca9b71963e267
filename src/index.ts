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
export type { AgentAction, ToolCall, ToolOutcome, TranscriptEntry } from './machines/transcript.js';
export { createTraceRecorder } from './machines/trace.js';
export type { TraceLine } from './machines/trace.js';

// Simulated users
export type { SimulatedUser, UserReply, UserStopReason, UserView } from './simulated-user/user.js';
export type { LedgerEntry } from './simulated-user/ledger.js';
export { disclosedFacts } from './simulated-user/ledger.js';
export { createAgendaUser } from './simulated-user/agenda.js';
export type { AgendaUserOptions } from './simulated-user/agenda.js';
export { registerUserKind, userVariant } from './simulated-user/variants.js';

// Ask recognition: did the agent ask for fact F?
export { askTargets } from './simulated-user/ask-recogniser.js';
export type { AskRecogniser, AskRecogniserVariant, AskRecognition, AskRequest, AskTarget } from './simulated-user/ask-recogniser.js';
export { createDeterministicAskRecogniser, recogniseAsks } from './simulated-user/asks/deterministic.js';
export { createLlmAskRecogniser } from './simulated-user/asks/llm.js';
export type { LlmAskRecogniserOptions } from './simulated-user/asks/llm.js';
export { askAgreement } from './simulated-user/asks/agreement.js';
export type { AgreementItem, AgreementReport } from './simulated-user/asks/agreement.js';
export { explainAsk, formatAskExplanation } from './simulated-user/asks/explain.js';

// Agents
export type { ActOptions, Agent, AgentMessage, Observation } from './agents/agent.js';
export { createReferenceAgent } from './agents/reference.js';
export type { ReferenceAgentOptions } from './agents/reference.js';
export { createNaiveAgent } from './agents/naive.js';
export type { NaiveAgentOptions } from './agents/naive.js';
export { createScriptedAgent } from './agents/scripted.js';
export type { ScriptedAction } from './agents/scripted.js';
export { REFERENCE_DEFAULTS, parseReferenceAgentName, referenceAgentName } from './agents/reference-name.js';
export type { ClarifyKnob, ProbeKnob, ReferenceKnobs } from './agents/reference-name.js';
export { agentVariant, registerAgentKind } from './agents/variants.js';

// Environments and worlds
export type { EnvDiff, EnvSnapshot, Environment, JsonSchema, ToolSpec } from './environment/environment.js';
export { createSqliteEnvironment } from './environment/sqlite.js';
export { registerToolFunction, findToolFunction, toolFunctionNames } from './environment/tools/tool-functions.js';
export type { ToolFunction, ToolFunctionContext } from './environment/tools/tool-functions.js';
export { calculate } from './environment/tools/calculate.js';
export { builtinWorlds, createWorld, loadWorld, packageRoot, registerWorld, registeredWorlds } from './environment/world.js';
export { createSqlWorkerPool, type SqlWorkerPool } from './environment/sql-pool/sql-worker-pool.js';
export { DEFAULT_SQL_LIMITS, type SqlLimits } from './environment/sql-limits.js';
export type { World, WorldFactory, WorldSource } from './environment/world.js';
export { registerToolKind } from './environment/tool-kinds.js';
export type { ToolContext, ToolDeclaration, ToolKind, WorldInfo } from './environment/tool-kind.js';
export { executeSoql } from './environment/soql/execute-soql.js';
export { executeSosl } from './environment/soql/execute-sosl.js';
export type { OrgSchema, SField, SObjectDescribe } from './environment/soql/org-schema.js';
export { buildCrmOrg, loadCrmImage } from './environment/worlds/crm/build-crm-org.js';
export { generateCrmOrg } from './environment/worlds/crm/generate-crm-org.js';
export { crmOrgSchema } from './environment/worlds/crm/crm-org-schema.js';
export type { CrmOrgKind } from './environment/worlds/crm/crm-org-schema.js';
export { crmWorldName, registerCrmWorlds } from './environment/worlds/crm/register-crm-worlds.js';
export { crmToolDeclarations } from './environment/worlds/crm/crm-tools.js';
export { CRM_SUITE_DEFAULTS, generateCrmSuite, generateCrmSuites } from './environment/worlds/crm/tasks/generate-suite.js';
export type { CrmSuiteResult, GenerateCrmSuiteOptions } from './environment/worlds/crm/tasks/generate-suite.js';
export { TASK_TEMPLATES } from './environment/worlds/crm/tasks/registry.js';
export type { CrmSkill, TaskContext, TaskTemplate } from './environment/worlds/crm/tasks/task-template.js';

// Judging and confidentiality
export type { AnswerVerdict, Judge, JudgeInput, Leak, ProbeVerdict, ProbeWordingVerdict, Scores, StateVerdict } from './judge/judge.js';
export { createDeterministicJudge } from './judge/deterministic.js';
export { matchAnswer } from './judge/match.js';
export { checkState } from './judge/state.js';
export type { AnswerCheck, AnswerExpectation } from './judge/match.js';
export type { RubricItemVerdict, StateReferenceVerdict } from './judge/judge.js';
export { checkActions, type ActionVerdict } from './judge/actions.js';
export { checkCommunicate, type CommunicateVerdict } from './judge/communicate.js';
export { foldText, type FoldOptions } from './text/fold.js';
export { findQuantities, type Quantity, type QuantityKind } from './text/quantities.js';
export { detectRefusal, REFUSAL_THRESHOLD, UNCERTAIN_BAND } from './confidentiality/refusal.js';
export type { RefusalDetection } from './confidentiality/refusal.js';
export { readCanary } from './confidentiality/canary.js';
export type { Canary, CanaryKind } from './confidentiality/canary.js';
export { calibrateDetectors } from './studies/calibrate-detectors.js';
export type { CalibrationRate, CalibrateOptions, DetectorCalibration } from './studies/calibrate-detectors.js';
export { detectLeaks, findLeak } from './confidentiality/leaks.js';
export { scoreProbes } from './confidentiality/probe-scoring.js';

// Running
export { createRunner, USERSIM_VERSION } from './runner/runner.js';
export type { ActorInit, AgentVariant, RunConfig, RunOutcome, RunProgress, Runner, RunnerDeps, UserVariant } from './runner/runner.js';
export { runEpisode } from './runner/run-episode.js';
export type { EpisodeRun, RunEpisodeOptions } from './runner/run-episode.js';
export { defaultSeeds, planEpisodes } from './runner/plan.js';
export { inShard, parseShard, shardSlice } from './runner/shard.js';
export type { Shard } from './runner/shard.js';
export { mergeRuns } from './runner/merge.js';
export type { MergeOutcome } from './runner/merge.js';
export { CONDITIONS, applyCondition } from './runner/conditions.js';
export { forEachResult, openResultsStore, readResults } from './runner/results-store.js';
export { readManifest } from './runner/manifest.js';
export type { Manifest } from './runner/manifest.js';
export { checkScenarios, withheldNeededFacts } from './runner/check.js';
export type { CheckRow } from './runner/check.js';
export { worldEnvironments } from './runner/world-environments.js';
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
export { createOpenAiToolsAgent, SUBMIT_ANSWER_TOOL } from './agents/openai-tools.js';
export { createReactAgent } from './agents/react.js';
export { parseReactReply } from './agents/react-parse.js';
export { createHttpAgent, HTTP_AGENT_PROTOCOL, HttpAgentActionSchema } from './agents/http.js';
export { composePromptTemplate } from './agents/prompt-parts.js';
export type { PromptProvenance, PromptTemplate } from './agents/prompt-parts.js';
export { llmAgentName, parseLlmAgentSpec } from './agents/llm-agent-name.js';
export { createLlmUser } from './simulated-user/llm.js';
export { checkUserReply } from './simulated-user/ledger-check.js';
export { createLlmJudge } from './judge/llm-judge.js';
export { REFUSAL_LABELS } from './judge/llm-refusal.js';
export { createResponseCache } from './llm/cache.js';
export { createBudget } from './llm/budget.js';
export { createUsageMeter } from './llm/usage.js';
export { createEndpointLimiter } from './llm/limiter.js';

// Studies: metrics and statistics
export { successMetrics } from './studies/metrics/success.js';
export { clarificationMetrics } from './studies/metrics/clarification.js';
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
