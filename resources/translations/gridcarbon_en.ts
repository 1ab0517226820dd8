<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>gridcarbon::gui::LineTypesDialog</name>
    <message numerus="yes">
        <source>Line type &apos;%1&apos; is used by %n branch(es); give them another type (or none) before removing it.</source>
        <translation>
            <numerusform>Line type &apos;%1&apos; is used by %n branch; give it another type (or none) before removing the type.</numerusform>
            <numerusform>Line type &apos;%1&apos; is used by %n branches; give them another type (or none) before removing it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::MoveBusesCommand</name>
    <message numerus="yes">
        <source>Move %n buses</source>
        <translation>
            <numerusform>Move %n bus</numerusform>
            <numerusform>Move %n buses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::ProblemsPanel</name>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::PropertyEditor</name>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>%n item selected</numerusform>
            <numerusform>%n items selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gridcarbon::gui::RemoveElementsCommand</name>
    <message numerus="yes">
        <source>Delete %n items</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
</context>
</TS>
