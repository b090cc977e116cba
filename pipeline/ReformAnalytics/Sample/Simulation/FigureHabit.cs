namespace ReformAnalytics.Sample.Simulation;

/// <summary>How a unit writes its progress figure.</summary>
internal enum FigureHabit
{
    /// <summary><c>80%</c>; typed into Excel it becomes a percent cell.</summary>
    PercentSign,

    /// <summary><c>80</c>; typed into Excel it becomes a number cell.</summary>
    Plain,

    /// <summary><c>完成80%</c>, always text.</summary>
    Done,
}
