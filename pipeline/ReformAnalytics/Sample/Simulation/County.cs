using ReformAnalytics.Sample.Vocabulary;

namespace ReformAnalytics.Sample.Simulation;

/// <summary>
/// One county of the sample: its special groups, lead units, leaders and co-unit pool. County 0 is the sample
/// county (县发改局, no suffix); county k ≥ 1 of a scaled run prefixes its units with its own name
/// (青山县发改局) and suffixes its task names (…（青山县）) so that its tasks stay distinct.
/// </summary>
internal sealed class County
{
    public required int Index { get; init; }

    /// <summary>"县" for county 0, else e.g. "青山县".</summary>
    public required string Name { get; init; }

    public required string TaskSuffix { get; init; }

    public required IReadOnlyList<GroupDefinition> Groups { get; init; }

    public required IReadOnlyList<CountyUnit> LeadUnits { get; init; }

    /// <summary>Lead units per group name, in the county's order; empty when none of the group's usual units leads.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<CountyUnit>> UnitsByGroup { get; init; }

    public required IReadOnlyList<string> CoUnitPool { get; init; }

    public required IReadOnlyList<CountyLeader> Leaders { get; init; }
}
