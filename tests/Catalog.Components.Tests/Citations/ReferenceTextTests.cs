using Catalog.Components.Citations;

namespace Catalog.Components.Tests.Citations;

public sealed class ReferenceTextTests
{
    [Fact]
    public void A_reference_is_authors_year_title_venue_and_arXiv_id() =>
        Assert.Equal("Dehghani, M., van Steenkiste, S., & Google (2023). Scaling Vision Transformers to 22 Billion Parameters. In ICML 2023. arXiv:2302.05442",
            ReferenceText.Format(CitationSamples.Citation()));
}
