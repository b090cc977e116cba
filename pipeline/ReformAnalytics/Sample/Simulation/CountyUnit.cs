namespace ReformAnalytics.Sample.Simulation;

/// <summary>
/// A lead unit (牵头单位) and its hidden habits: its capacity (how fast its tasks move), its optimism (the
/// chance it reports an on-track phrase such as 序时推进 while its figures lag), whether it claims to be ahead
/// when it is, how it writes figures and how often it leaves them blank, and the phrases it prefers.
/// </summary>
internal sealed class CountyUnit
{
    public required string Name { get; init; }

    public required CountyLeader Leader { get; set; }

    public required double Capacity { get; init; }

    public required double Optimism { get; init; }

    public required bool ClaimsAhead { get; init; }

    public required FigureHabit Habit { get; init; }

    public required double BlankFigureRate { get; init; }

    public required bool RoundsToFive { get; init; }

    public required bool ClosesOut { get; init; }

    public required string OnTrackPhrase { get; init; }

    public required string BehindPhrase { get; init; }

    public required string CompletedPhrase { get; init; }

    public required string ClosedPhrase { get; init; }

    public required string Contact { get; init; }

    public required string SecondContact { get; init; }
}
