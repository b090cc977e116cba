using System.Data;

namespace ReformAnalytics.Notebooks.Tests.Harness;

/// <summary>
/// What one code cell did: the value of its last expression (what the kernel would show below it), what it passed
/// to <c>display</c>, the query results it added to the notebook's <c>queryLog</c>, and how long it took.
/// </summary>
internal sealed record CellRun(
    NotebookCell Cell,
    object? ReturnValue,
    IReadOnlyList<Displayed> Displayed,
    IReadOnlyList<DataTable> Queries,
    TimeSpan Elapsed);
