namespace ReformAnalytics.Model;

/// <summary>One dated step of a deadline cell (6月底前出台方案；12月底前全面推开).</summary>
public readonly record struct Milestone(DateOnly Date, string Text);
