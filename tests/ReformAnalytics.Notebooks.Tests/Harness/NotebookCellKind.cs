namespace ReformAnalytics.Notebooks.Tests.Harness;

/// <summary>The nbformat cell types.</summary>
internal enum NotebookCellKind
{
    Markdown,
    Code,
    Raw,
}
