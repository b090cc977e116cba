using ReformAnalytics.Model;

namespace ReformAnalytics.Sample;

/// <summary>A task added to the ledger mid-year: absent before <see cref="FirstMonth"/>, its own history from then on.</summary>
public sealed record PlantedMidYearTask(Ledger Ledger, ReportMonth FirstMonth, string TaskName, string LeadUnit);
