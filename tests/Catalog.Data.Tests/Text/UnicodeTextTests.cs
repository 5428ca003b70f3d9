using Catalog.Data.Text;
using CsCheck;

namespace Catalog.Data.Tests.Text;

public sealed class UnicodeTextTests
{
    // Built here, not in attributes: an attribute's string is stored as UTF-8, which has no lone surrogate.
    private static readonly (string Text, string Expected)[] s_cases =
    [
        ("plain", "plain"),
        ("a\uD83D\uDE00b", "a\uD83D\uDE00b"),
        ("a\uD83Db", "a_b"),
        ("\uDE00a\uD83D", "_a_"),
        ("a\0b\u0001", "a_b_"),
    ];

    [Fact]
    public void Pairs_stay_whole_and_lone_halves_and_refused_characters_are_replaced()
    {
        foreach (var (text, expected) in s_cases)
        {
            Assert.Equal(expected, UnicodeText.Replace(text, char.IsControl, '_'));
        }
    }

    [Fact]
    public void The_result_is_always_text_an_encoder_accepts_and_as_long_as_the_input() =>
        Gen.Char.Array[0, 20].Select(c => new string(c)).Sample(text =>
        {
            var clean = UnicodeText.Replace(text, char.IsControl, ' ');

            Assert.Equal(text.Length, clean.Length);
            Assert.Equal(clean, System.Text.Encoding.UTF8.GetString(new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(clean)));
            Assert.DoesNotContain(clean, char.IsControl);
        }, iter: 3000);
}
