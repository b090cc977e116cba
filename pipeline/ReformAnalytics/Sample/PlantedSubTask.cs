using ReformAnalytics.Model;

namespace ReformAnalytics.Sample;

/// <summary>
/// A task listed as a sub-task under a heading in every month of <see cref="Year"/>: the ledger writes the heading as a
/// row of its own (序号 1 over 1.1, 1.2; or （一）深化… under a group's 一、…专项小组), which is no task; the sub-task is,
/// and ingest should store <see cref="Heading"/> beside it (task_heading). Two sub-tasks of one unit share a name
/// (制定实施方案) under different headings: two tasks, each with its own history.
/// </summary>
public sealed record PlantedSubTask(Ledger Ledger, int Year, string Heading, string TaskName, string LeadUnit);
