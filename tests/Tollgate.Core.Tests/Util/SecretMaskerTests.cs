using Tollgate.Core.Util;

namespace Tollgate.Core.Tests.Util;

[NonParallelizable]
public class SecretMaskerTests
{
    [Test]
    public void Masks_registered_values_and_their_basic_header_form()
    {
        // Arrange
        SecretMasker.RegisterPair("robot", "pa55word-xyz");
        var basic = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("robot:pa55word-xyz"));

        // Act
        var masked = SecretMasker.Mask($"denied: pa55word-xyz / {basic}");

        // Assert
        Assert.That(masked, Does.Not.Contain("pa55word-xyz").And.Not.Contain(basic));
    }

    [TestCase("Authorization: Bearer eyJhbGciOi.abc.def", "Bearer ***")]
    [TestCase("you sent Basic cm9ib3Q6c2VjcmV0", "Basic ***")]
    [TestCase("GET https://user:hunter22@feed.example.com/v3/index.json failed", "https://user:***@feed.example.com")]
    public void Masks_credentials_it_was_never_told_about(string text, string expected)
    {
        // Act
        var masked = SecretMasker.Mask(text);

        // Assert
        Assert.That(masked, Does.Contain(expected));
    }

    [Test]
    public void Leaves_ordinary_text_alone_and_ignores_tiny_values()
    {
        // Arrange
        SecretMasker.Register("ab");

        // Act
        var masked = SecretMasker.Mask("table: abc, label churned, basic metrics");

        // Assert
        Assert.That(masked, Is.EqualTo("table: abc, label churned, basic metrics"));
    }
}
