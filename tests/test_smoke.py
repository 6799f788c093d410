import claimcheck


def test_check_text_returns_a_report_about_the_trial():
    report = claimcheck.check_text("The MASH trial (NCT04009837) compared hip-focused and spine-focused therapy.")
    assert report.about_trial is True
    assert report.trial.registry_id == "NCT04009837"


def test_off_topic_text_is_not_about_the_trial():
    report = claimcheck.check_text("A knee study enrolled 200 adults over 65 for 12 weeks.")
    assert report.about_trial is False
    assert report.claims == []
