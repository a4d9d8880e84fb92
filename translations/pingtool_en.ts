<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AlertCoalescer</name>
    <message numerus="yes">
        <location filename="../ui/alerts/alertcoalescer.cpp" line="+73"/>
        <source>%1 and %n more</source>
        <comment>host names in an alert, then how many are not named</comment>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n host(s) down, %1 back up</source>
        <translation>
            <numerusform>%n host down, %1 back up</numerusform>
            <numerusform>%n hosts down, %1 back up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n host(s) down</source>
        <translation>
            <numerusform>%n host down</numerusform>
            <numerusform>%n hosts down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n host(s) back up</source>
        <translation>
            <numerusform>%n host back up</numerusform>
            <numerusform>%n hosts back up</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <location filename="../ui/hosts/bulkeditdialog.cpp" line="+23"/>
        <source>Change the ticked fields of the %n selected host(s). Other fields stay as they are.</source>
        <translation>
            <numerusform>Change the ticked fields of the %n selected host. Other fields stay as they are.</numerusform>
            <numerusform>Change the ticked fields of the %n selected hosts. Other fields stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Apply to %n host(s)</source>
        <translation>
            <numerusform>Apply to %n host</numerusform>
            <numerusform>Apply to %n hosts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvCommands</name>
    <message numerus="yes">
        <location filename="../app/csvcommands.cpp" line="+180"/>
        <source>Exported %n host(s) to %1.</source>
        <translation>
            <numerusform>Exported %n host to %1.</numerusform>
            <numerusform>Exported %n hosts to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message numerus="yes">
        <location filename="../core/csv/csvreader.cpp" line="+202"/>
        <source>The file does not look like text: %n of its characters are control characters.</source>
        <translation>
            <numerusform>The file does not look like text: %n of its characters is a control character.</numerusform>
            <numerusform>The file does not look like text: %n of its characters are control characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownHostCard</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/downhostcard.cpp" line="+98"/>
        <source>Never answered (%n failed check(s))</source>
        <translation>
            <numerusform>Never answered (%n failed check)</numerusform>
            <numerusform>Never answered (%n failed checks)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <location filename="../ui/hosts/filterbar.cpp" line="+123"/>
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Showing %1 of %n host(s)</source>
        <translation>
            <numerusform>Showing %1 of %n host</numerusform>
            <numerusform>Showing %1 of %n hosts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormatPage</name>
    <message numerus="yes">
        <location filename="../ui/importwizard/formatpage.cpp" line="+106"/>
        <source>%n line(s) cannot be read and will be listed as rejected; the first is line %1.</source>
        <translation>
            <numerusform>%n line cannot be read and will be listed as rejected: line %1.</numerusform>
            <numerusform>%n lines cannot be read and will be listed as rejected; the first is line %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FpingBatcher</name>
    <message numerus="yes">
        <location filename="../core/engine/fpingbatcher.cpp" line="+262"/>
        <source>fping did not finish within %n second(s) and was stopped</source>
        <translation>
            <numerusform>fping did not finish within %n second and was stopped</numerusform>
            <numerusform>fping did not finish within %n seconds and was stopped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostTableModel</name>
    <message numerus="yes">
        <location filename="../ui/hosts/hosttablemodel.cpp" line="+228"/>
        <source>%n failed check(s) in a row</source>
        <translation>
            <numerusform>%n failed check in a row</numerusform>
            <numerusform>%n failed checks in a row</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+512"/>
        <source>Delete %n host(s)?</source>
        <translation>
            <numerusform>Delete %n host?</numerusform>
            <numerusform>Delete %n hosts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Delete %n host(s)</source>
        <translation>
            <numerusform>Delete %n host</numerusform>
            <numerusform>Delete %n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Checking %n host(s) now…</source>
        <translation>
            <numerusform>Checking %n host now…</numerusform>
            <numerusform>Checking %n hosts now…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+178"/>
        <source>Exported %n host(s) to %1.</source>
        <translation>
            <numerusform>Exported %n host to %1.</numerusform>
            <numerusform>Exported %n hosts to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>&amp;Delete %n hosts…</source>
        <translation>
            <numerusform>&amp;Delete %n host…</numerusform>
            <numerusform>&amp;Delete %n hosts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Pingtool – %n down</source>
        <translation>
            <numerusform>Pingtool – %n down</numerusform>
            <numerusform>Pingtool – %n down</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitorCommands</name>
    <message numerus="yes">
        <location filename="../app/monitorcommands.cpp" line="+145"/>
        <source>Monitoring %n host(s) in %1.</source>
        <translation>
            <numerusform>Monitoring %n host in %1.</numerusform>
            <numerusform>Monitoring %n hosts in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+117"/>
        <source>Checked %n host(s): %1 Up, %2 Down, %3 Unknown, %4 New</source>
        <translation>
            <numerusform>Checked %n host: %1 Up, %2 Down, %3 Unknown, %4 New</numerusform>
            <numerusform>Checked %n hosts: %1 Up, %2 Down, %3 Unknown, %4 New</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n host(s) could not be checked, e.g. %1</source>
        <translation>
            <numerusform>%n host could not be checked: %1</numerusform>
            <numerusform>%n hosts could not be checked, e.g. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PingChecker</name>
    <message numerus="yes">
        <location filename="../core/engine/pingchecker.cpp" line="+214"/>
        <source>ping did not finish within %n second(s) and was stopped</source>
        <translation>
            <numerusform>ping did not finish within %n second and was stopped</numerusform>
            <numerusform>ping did not finish within %n seconds and was stopped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <location filename="../ui/importwizard/reviewpage.cpp" line="+94"/>
        <source>%n new host(s) will be added.</source>
        <translation>
            <numerusform>%n new host will be added.</numerusform>
            <numerusform>%n new hosts will be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n stored host(s) will be updated.</source>
        <translation>
            <numerusform>%n stored host will be updated.</numerusform>
            <numerusform>%n stored hosts will be updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n duplicate row(s) will be skipped (%1 already stored, %2 repeated in the file).</source>
        <translation>
            <numerusform>%n duplicate row will be skipped (%1 already stored, %2 repeated in the file).</numerusform>
            <numerusform>%n duplicate rows will be skipped (%1 already stored, %2 repeated in the file).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) are rejected.</source>
        <translation>
            <numerusform>%n row is rejected.</numerusform>
            <numerusform>%n rows are rejected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message numerus="yes">
        <location filename="../ui/common/statusstyle.cpp" line="+53"/>
        <source>%Ln Up</source>
        <comment>number of hosts with this status</comment>
        <translation>
            <numerusform>%Ln Up</numerusform>
            <numerusform>%Ln Up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln Down</source>
        <comment>number of hosts with this status</comment>
        <translation>
            <numerusform>%Ln Down</numerusform>
            <numerusform>%Ln Down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln Unknown</source>
        <comment>number of hosts with this status</comment>
        <translation>
            <numerusform>%Ln Unknown</numerusform>
            <numerusform>%Ln Unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln New</source>
        <comment>number of hosts with this status</comment>
        <translation>
            <numerusform>%Ln New</numerusform>
            <numerusform>%Ln New</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <location filename="../ui/importwizard/summarypage.cpp" line="+34"/>
        <source>%n new host(s) added.</source>
        <translation>
            <numerusform>%n new host added.</numerusform>
            <numerusform>%n new hosts added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n host(s) updated.</source>
        <translation>
            <numerusform>%n host updated.</numerusform>
            <numerusform>%n hosts updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n duplicate row(s) skipped.</source>
        <translation>
            <numerusform>%n duplicate row skipped.</numerusform>
            <numerusform>%n duplicate rows skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) rejected.</source>
        <translation>
            <numerusform>%n row rejected.</numerusform>
            <numerusform>%n rows rejected.</numerusform>
        </translation>
    </message>
</context>
</TS>
