namespace ReformAnalytics.Risk;

/// <summary>The model and the baselines the backtest compares, each scoring the same open tasks.</summary>
public enum RiskMethod
{
    /// <summary>Gradient-boosted trees on all features, Platt-calibrated on held-out tasks.</summary>
    Model,

    /// <summary>Logistic regression on the same features, calibrated the same way.</summary>
    LogisticRegression,

    /// <summary>Every task gets the training rows' share that fell behind.</summary>
    BaseRate,

    /// <summary>Rule: a task already behind now (lag at or over the amber threshold) will fall behind.</summary>
    AlreadyBehind,

    /// <summary>Rule: the fewer days to the deadline, the riskier.</summary>
    DaysToDeadline,

    /// <summary>Rule: the higher the lead unit's past late rate, the riskier.</summary>
    UnitLateRate,
}
