using Faultline.Ingest;

namespace Faultline.Tests;

public class ScrapedTextTests
{
    static Faultline.Core.Article Load(string name) =>
        ScrapedTextExtractor.Extract(File.ReadAllText(TestPaths.Fixture("scraped", name)), name);

    [Fact]
    public void NewspaperWithCommentFormBioAndMostRead()
    {
        var a = Load("frontier-chronicle.txt");
        Assert.Equal("Border crossing reopens after week-long closure", a.Title);
        Assert.Equal(new DateOnly(2023, 3, 14), a.Published);
        Assert.Equal("Amina Yusufzai", a.Byline);
        Assert.StartsWith("PESHAWAR: The Torkham border crossing", a.Text);
        Assert.EndsWith("allow patients to cross for treatment.", a.Text);
        foreach (var junk in new[] { "Read more", "staff reporter", "Edited by", "Leave a Reply", "Petrol price", "A- A A+", "WhatsApp", "Google Analytics" })
            Assert.DoesNotContain(junk, a.Text);
    }

    [Fact]
    public void MagazineWithStandfirstDonationPleaAndNewsletter()
    {
        var a = Load("nonprofit-magazine.txt");
        Assert.Equal("Sudan's army and RSF agree to a week-long truce in Jeddah talks", a.Title);
        Assert.Equal(new DateOnly(2023, 5, 21), a.Published);
        Assert.Equal("Daniel Okafor and Sara Mahmoud", a.Byline);
        Assert.StartsWith("Sudan's warring military factions agreed", a.Text);
        Assert.EndsWith("known as Hemedti.", a.Text);
        Assert.Equal(4, a.Text.Split("\n\n").Length);
        foreach (var junk in new[] { "donation", "newsletter", "Listen to this article", "Inside the battle" })
            Assert.DoesNotContain(junk, a.Text);
    }

    [Fact]
    public void WireStoryWithTrackersFontControlsAndCredits()
    {
        var a = Load("wire-agency.txt");
        Assert.Equal("Ukraine, Russia swap prisoners in UAE-mediated exchange", a.Title);
        Assert.Equal(new DateOnly(2024, 1, 3), a.Published);
        Assert.StartsWith("KYIV, Jan 3 (NewsAgency) - Ukraine and Russia exchanged", a.Text);
        Assert.EndsWith("since the war began in February 2022.", a.Text);
        foreach (var junk in new[] { "Reporting by", "Trust Principles", "Follow us", "cookies", "Text size" })
            Assert.DoesNotContain(junk, a.Text);
    }

    [Fact]
    public void SampleCorpusScrapedPagesDropTheirFurniture()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.Samples, "scraped")))
        {
            var a = ScrapedTextExtractor.Extract(File.ReadAllText(file), file);
            Assert.True(a.Text.Length > 300, file);
            Assert.NotNull(a.Title);
            Assert.NotNull(a.Published);
            foreach (var junk in new[] { "Donate today", "Email address", "All rights reserved", "Google Analytics", "Load more", "Editing by" })
                Assert.DoesNotContain(junk, a.Text);
        }
    }
}
