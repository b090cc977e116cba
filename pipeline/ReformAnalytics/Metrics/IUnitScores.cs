namespace ReformAnalytics.Metrics;

/// <summary>A lead unit's figures and component scores, as both 红黑榜 (<see cref="UnitRankingRow"/>) and 年度考核 (<see cref="UnitAssessmentRow"/>) give them.</summary>
public interface IUnitScores
{
    int DeadlineTasks { get; }

    int Completed { get; }

    double? OnTimeRatePct { get; }

    double? AvgLagPp { get; }

    int Overdue { get; }

    double OnTimeScore { get; }

    double LagScore { get; }

    double OverdueScore { get; }

    double DisciplineScore { get; }
}
