<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CardActions</name>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>Delete %n card</numerusform>
            <numerusform>Delete %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>Move %n card</numerusform>
            <numerusform>Move %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n card(s)</source>
        <translation>
            <numerusform>Merge %n card</numerusform>
            <numerusform>Merge %n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlanceView</name>
    <message numerus="yes">
        <source>%n item(s): </source>
        <translation>
            <numerusform>%n item: </numerusform>
            <numerusform>%n items: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupListModel</name>
    <message numerus="yes">
        <source>%1 · %n member(s)</source>
        <translation>
            <numerusform>%1 · %n member</numerusform>
            <numerusform>%1 · %n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImpactEffortChart</name>
    <message numerus="yes">
        <source>%n initiative(s) scored for impact and effort</source>
        <translation>
            <numerusform>%n initiative scored for impact and effort</numerusform>
            <numerusform>%n initiatives scored for impact and effort</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputsModel</name>
    <message numerus="yes">
        <source>Yes, except %n already included</source>
        <translation>
            <numerusform>Yes, except %n already included</numerusform>
            <numerusform>Yes, except %n already included</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverdueBanner</name>
    <message numerus="yes">
        <source>%n checkpoint(s) passed without a progress report: %1</source>
        <translation>
            <numerusform>%n checkpoint passed without a progress report: %1</numerusform>
            <numerusform>%n checkpoints passed without a progress report: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s)</source>
        <translation>
            <numerusform>%n score</numerusform>
            <numerusform>%n scores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n initiative</numerusform>
            <numerusform>%n initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message numerus="yes">
        <source>Development plan: %n item(s)</source>
        <translation>
            <numerusform>Development plan: %n item</numerusform>
            <numerusform>Development plan: %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n plan item(s)</source>
        <translation>
            <numerusform>Delete %n plan item</numerusform>
            <numerusform>Delete %n plan items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrioritizePanel</name>
    <message numerus="yes">
        <source>%n initiative(s).</source>
        <translation>
            <numerusform>%n initiative.</numerusform>
            <numerusform>%n initiatives.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each group has %n dot(s) to spend: select a group&apos;s cell and type a number.</source>
        <translation>
            <numerusform>Each group has %n dot to spend: select a group&apos;s cell and type a number.</numerusform>
            <numerusform>Each group has %n dots to spend: select a group&apos;s cell and type a number.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n initiative(s)</source>
        <translation>
            <numerusform>Make %n initiative</numerusform>
            <numerusform>Make %n initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n initiative(s)</source>
        <translation>
            <numerusform>Delete %n initiative</numerusform>
            <numerusform>Delete %n initiatives</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionColumn</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer</source>
        <translation>
            <numerusform>%n page sent to the printer</numerusform>
            <numerusform>%n pages sent to the printer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomGroupsModel</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageView</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan item(s)</source>
        <translation>
            <numerusform>%n plan item</numerusform>
            <numerusform>%n plan items</numerusform>
        </translation>
    </message>
</context>
</TS>
