namespace ReformAnalytics.Sample.Simulation;

/// <summary>
/// A county leader (责任领导). Hidden cause: <see cref="LoadFactor"/>, the slow-down of every task the leader
/// answers for when the leader answers for more tasks than the average leader of the county that year.
/// </summary>
internal sealed class CountyLeader(string name, double weight)
{
    public string Name { get; } = name;

    /// <summary>How many units the leader tends to be in charge of (分管), relative to the others.</summary>
    public double Weight { get; } = weight;

    /// <summary>Tasks of the current year the leader answers for, across the three ledgers.</summary>
    public int Load { get; set; }

    public double LoadFactor { get; set; } = 1.0;
}
