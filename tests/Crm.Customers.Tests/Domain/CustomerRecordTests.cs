using Crm.Customers.Domain;

namespace Crm.Customers.Tests.Domain;

public sealed class CustomerRecordTests
{
    private static Contact NewContact() => Contact.Create("Zhang Wei", null, null, Guid.NewGuid(), null);

    [Fact]
    public void A_new_record_is_tier_c_potential_and_preparing()
    {
        var contact = NewContact();

        Assert.Equal((CustomerTier.C, LifecycleStage.Potential, RelationshipStatus.Preparing), (contact.Tier, contact.Stage, contact.Relationship));
    }

    [Fact]
    public void Classify_changes_the_given_fields_and_reports_each_change_with_old_and_new_value()
    {
        var contact = NewContact();

        var changes = contact.Classify(CustomerTier.A, LifecycleStage.New, RelationshipStatus.Forming);

        Assert.Equal(
            [(ClassificationField.Tier, "C", "A"), (ClassificationField.Stage, "Potential", "New"), (ClassificationField.Relationship, "Preparing", "Forming")],
            changes);
        Assert.Equal((CustomerTier.A, LifecycleStage.New, RelationshipStatus.Forming), (contact.Tier, contact.Stage, contact.Relationship));
    }

    [Fact]
    public void Classify_leaves_omitted_fields_alone_and_does_not_report_unchanged_ones()
    {
        var account = Account.Create("Acme", null, Guid.NewGuid(), null);
        account.Classify(CustomerTier.B, null, null);

        var changes = account.Classify(CustomerTier.B, LifecycleStage.Regular, null);

        Assert.Equal([(ClassificationField.Stage, "Potential", "Regular")], changes);
        Assert.Equal(CustomerTier.B, account.Tier);
        Assert.Equal(RelationshipStatus.Preparing, account.Relationship);
    }

    [Fact]
    public void Classify_with_nothing_changes_nothing()
    {
        var contact = NewContact();

        Assert.Empty(contact.Classify(null, null, null));
        Assert.Empty(contact.Classify(CustomerTier.C, LifecycleStage.Potential, RelationshipStatus.Preparing));
    }

    [Fact]
    public void SetTags_trims_drops_blanks_removes_case_insensitive_repeats_and_sorts()
    {
        var contact = NewContact();

        contact.SetTags([" vip ", "Beijing", "", "   ", "VIP", "beijing", "key account"]);

        Assert.Equal(["Beijing", "key account", "vip"], contact.Tags);
    }

    [Fact]
    public void SetTags_replaces_the_previous_tags()
    {
        var contact = NewContact();
        contact.SetTags(["old"]);

        contact.SetTags([]);

        Assert.Empty(contact.Tags);
    }

    [Fact]
    public void Merging_away_deletes_and_points_at_the_survivor_and_restore_undoes_both()
    {
        var contact = NewContact();
        var survivor = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;

        contact.MarkMergedInto(survivor, now);
        Assert.Equal((survivor, now, true), (contact.MergedIntoId!.Value, contact.DeletedAt!.Value, contact.IsDeleted));

        contact.Restore();
        Assert.Equal((null, null, false), (contact.MergedIntoId, contact.DeletedAt, contact.IsDeleted));
    }
}
