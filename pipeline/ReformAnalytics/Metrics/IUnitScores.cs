namespace ReformAnalytics.Metrics;

/// <summary>A lead unit's figures and component scores, as both 红黑榜 (<see cref="UnitRankingRow"/>) and 年度考核 (<see cref="UnitAssessmentRow"/>) give them.</summary>
public interface IUnitScores
{
    string LeadUnit { get; }

    int DeadlineTasks { get; }

    int Completed { get; }

    double? OnTimeRatePct { get; }

    double? AvgLagPp { get; }

    int Overdue { get; }

    double OnTimeScore { get; }

    double LagScore { get; }

    double OverdueScore { get; }

    double DisciplineScore { get; }

    /// <summary>
    /// The month the unit's figures were sent (figures_month): the report month, or for a unit that sent nothing in it
    /// the last month it reported.
    /// </summary>
    DateOnly FiguresMonth { get; }

    /// <summary>Returns the unit owed in the month and did not send, counted at their last reported progress (carried_returns).</summary>
    int CarriedReturns { get; }

    /// <summary>
    /// The note a person reads beside the unit when its figures hold returns it did not send (figures_note, from
    /// settings.sql's figures_note()): “12月未报送，按8月报送的进度计” or “12月漏报3项，按上次报送的进度计”; null otherwise.
    /// </summary>
    string? FiguresNote { get; }
}
