namespace ReformAnalytics.Normalising;

/// <summary>How a row got its task id.</summary>
public enum TaskMatchKind
{
    /// <summary>Same name key as a known task.</summary>
    Exact,

    /// <summary>A similar name (bigram Dice, or the name with a few characters added before or after).</summary>
    Similar,

    /// <summary>No known task matched: a new task, with a new id.</summary>
    New,
}
