namespace Catalog.Benchmarks;

/// <summary>Headings and notes in the printed report.</summary>
public static class Section
{
    public static void Title(string title)
    {
        Console.WriteLine();
        Console.WriteLine(title);
        Console.WriteLine(new string('=', title.Length));
        Console.WriteLine();
    }

    public static void Note(string note) => Console.WriteLine($"  {note}");

    public static void Progress(string what) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {what}");
}
