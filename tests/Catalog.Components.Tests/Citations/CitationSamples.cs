using Catalog.Components.Citations;
using Catalog.Data.Model;

namespace Catalog.Components.Tests.Citations;

internal static class CitationSamples
{
    public static readonly Uri Site = new("https://catalog.example/");

    public static PaperDetail Paper(string? venue = "ICML 2023", string? arxiv = "2302.05442", string date = "2023-02-10") => new(
        "2302.05442", "Scaling Vision Transformers to 22 Billion Parameters", date, venue, "arXiv", $"https://arxiv.org/abs/{arxiv}",
        arxiv, "We scale *ViT*.\n\nTo 22B.", "", [new AuthorRef("Mostafa Dehghani", "mostafa-dehghani"), new AuthorRef("Sjoerd van Steenkiste", "sjoerd-van-steenkiste"), new AuthorRef("Google", "google")]);

    public static Citation Citation(string? venue = "ICML 2023", string? arxiv = "2302.05442", string date = "2023-02-10") =>
        CitationBuilder.From(Paper(venue, arxiv, date), "dehghani2023scaling", Site);
}
