namespace Catalog.Data.Model;

/// <summary>The one rule for how many pages a list has, and what a page past its end says.</summary>
public static class Paging
{
    /// <summary>Pages of <paramref name="size"/> items for <paramref name="total"/> items; an empty list has one page,
    /// which says it is empty.</summary>
    public static int PageCount(long total, int size) => (int)Math.Max(1, (total + size - 1) / size);

    /// <summary>"There is no page 9; the results end on page 3.": what a page past the end answers, on a page and in
    /// the API alike. <paramref name="items"/> names what is listed ("results", "authors").</summary>
    public static string NoSuchPage(int page, int pageCount, string items) =>
        $"There is no page {page}; the {items} end on page {pageCount}.";
}
