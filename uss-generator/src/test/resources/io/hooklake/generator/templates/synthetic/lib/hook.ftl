<#-- synthetic macro library -->
<#macro hook keyset column>'${keyset}|' || ${column}</#macro>
