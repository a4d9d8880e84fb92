#include "hosts/bulkeditdialog.h"
#include "hosts/hostdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

class TestHostDialog : public QObject
{
    Q_OBJECT

private slots:
    void newDialogHasOkDisabledWithoutNagging();
    void rejectsOptionLikeAddressWithTheValidatorMessage();
    void rejectsNonHttpUrlWithTheValidatorMessage();
    void acceptsAValidHostAndNormalisesIt();
    void refusesAnAddressAnotherHostUses();
    void draytekShowsTheWebUrlHint();
    void editKeepsIdAndState();
    void bulkEditChangesOnlyTickedFields();

private:
    static QPushButton *okButton(QDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))
            ->button(QDialogButtonBox::Ok);
    }
    static QLineEdit *edit(QDialog &dialog, const char *name)
    {
        auto *e = dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
        Q_ASSERT(e);
        return e;
    }
};

void TestHostDialog::newDialogHasOkDisabledWithoutNagging()
{
    HostDialog dialog;
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(dialog.errorText(HostField::Name).isEmpty()); // no red text before typing
    QVERIFY(dialog.errorText(HostField::Address).isEmpty());
}

void TestHostDialog::rejectsOptionLikeAddressWithTheValidatorMessage()
{
    HostDialog dialog;
    dialog.show();
    QTest::keyClicks(edit(dialog, "nameEdit"), QStringLiteral("Office"));
    QTest::keyClicks(edit(dialog, "addressEdit"), QStringLiteral("-f"));
    QCOMPARE(dialog.errorText(HostField::Address),
        QStringLiteral("The address '-f' starts with '-' and would be read as a ping option."));
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("addressError"));
    QVERIFY(label && label->isVisible());
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(!dialog.isValid());
}

void TestHostDialog::rejectsNonHttpUrlWithTheValidatorMessage()
{
    HostDialog dialog;
    dialog.show();
    QTest::keyClicks(edit(dialog, "nameEdit"), QStringLiteral("Office"));
    QTest::keyClicks(edit(dialog, "addressEdit"), QStringLiteral("127.0.0.1"));
    QVERIFY(okButton(dialog)->isEnabled());
    QTest::keyClicks(edit(dialog, "webUrlEdit"), QStringLiteral("ftp://router.local/"));
    QCOMPARE(dialog.errorText(HostField::WebUrl),
        QStringLiteral("The web URL 'ftp://router.local/' must start with http:// or https://."));
    QVERIFY(!okButton(dialog)->isEnabled());
    edit(dialog, "webUrlEdit")->clear();
    QTest::keyClicks(edit(dialog, "webUrlEdit"), QStringLiteral("https://127.0.0.1:8443/"));
    QVERIFY(dialog.errorText(HostField::WebUrl).isEmpty());
    QVERIFY(okButton(dialog)->isEnabled());
}

void TestHostDialog::acceptsAValidHostAndNormalisesIt()
{
    HostDialog dialog;
    dialog.show();
    QTest::keyClicks(edit(dialog, "nameEdit"), QStringLiteral("  Berlin   office "));
    QTest::keyClicks(edit(dialog, "addressEdit"), QStringLiteral("[::1]"));
    auto *manufacturer = dialog.findChild<QComboBox *>(QStringLiteral("manufacturerCombo"));
    manufacturer->setCurrentIndex(manufacturer->findText(QStringLiteral("Mikrotik")));
    QTest::keyClicks(edit(dialog, "supplierEdit"), QStringLiteral("Alpha Net"));
    QTest::keyClicks(edit(dialog, "typeEdit"), QStringLiteral("Router"));
    QTest::keyClicks(edit(dialog, "postCodeEdit"), QStringLiteral("10115"));
    QVERIFY(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Host h = dialog.host();
    QCOMPARE(h.name, QStringLiteral("Berlin office"));
    QCOMPARE(h.address, QStringLiteral("::1"));
    QCOMPARE(h.manufacturer, Manufacturer::Mikrotik);
    QCOMPARE(h.supplier, QStringLiteral("Alpha Net"));
    QCOMPARE(h.postCode, QStringLiteral("10115"));
    QCOMPARE(h.id, 0);
}

void TestHostDialog::refusesAnAddressAnotherHostUses()
{
    HostDialog dialog;
    dialog.setAddressOwner([](const QString &address, qint64) {
        return address == QStringLiteral("127.0.0.9") ? QStringLiteral("Depot") : QString();
    });
    dialog.show();
    QTest::keyClicks(edit(dialog, "nameEdit"), QStringLiteral("Office"));
    QTest::keyClicks(edit(dialog, "addressEdit"), QStringLiteral("127.0.0.9"));
    QCOMPARE(dialog.errorText(HostField::Address),
        QStringLiteral("The address 127.0.0.9 is already monitored as 'Depot'."));
    QVERIFY(!okButton(dialog)->isEnabled());
}

void TestHostDialog::draytekShowsTheWebUrlHint()
{
    HostDialog dialog;
    dialog.show();
    auto *hint = dialog.findChild<QLabel *>(QStringLiteral("draytekHint"));
    QVERIFY(!hint->isVisible());
    auto *manufacturer = dialog.findChild<QComboBox *>(QStringLiteral("manufacturerCombo"));
    manufacturer->setCurrentIndex(manufacturer->findText(QStringLiteral("Draytek")));
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QStringLiteral("Web URL")));
}

void TestHostDialog::editKeepsIdAndState()
{
    Host h;
    h.id = 42;
    h.name = QStringLiteral("Depot");
    h.address = QStringLiteral("127.0.0.5");
    h.state.status = HostStatus::Down;
    h.state.failedChecks = 3;
    HostDialog dialog;
    dialog.setHost(h);
    dialog.show();
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("Depot")));
    QVERIFY(okButton(dialog)->isEnabled());
    edit(dialog, "nameEdit")->setText(QStringLiteral("Depot North"));
    const Host edited = dialog.host();
    QCOMPARE(edited.id, 42);
    QCOMPARE(edited.name, QStringLiteral("Depot North"));
    QCOMPARE(edited.state.status, HostStatus::Down);
    QCOMPARE(edited.state.failedChecks, 3);
    edit(dialog, "nameEdit")->clear();
    QCOMPARE(dialog.errorText(HostField::Name), QStringLiteral("Enter a name for the host."));
    QVERIFY(!okButton(dialog)->isEnabled());
}

void TestHostDialog::bulkEditChangesOnlyTickedFields()
{
    BulkEditDialog dialog(3);
    dialog.show();
    QVERIFY(!okButton(dialog)->isEnabled());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("supplierEdit")),
        QStringLiteral("Beta Lines"));
    QVERIFY(okButton(dialog)->isEnabled()); // typing ticks the box
    const BulkEdit e = dialog.edit();
    QVERIFY(!e.manufacturer.has_value());
    QCOMPARE(e.supplier.value(), QStringLiteral("Beta Lines"));
    QVERIFY(!e.type.has_value());
    dialog.findChild<QCheckBox *>(QStringLiteral("setTypeCheck"))->setChecked(true);
    QCOMPARE(dialog.edit().type.value(), QString()); // clears the type
}

QTEST_MAIN(TestHostDialog)
#include "tst_hostdialog.moc"
