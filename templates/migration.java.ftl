<#-- The Java counterpart of Alembic's script.py.mako. Edit freely; keep @Revision intact.
     Data model: packageName, className, revisionId, revises, message, created, dependsOn,
     branchLabels, imports, upgradeBody, downgradeBody (see MigrationSource). -->
<#macro strings list><#list list as s>"${s?j_string}"<#sep>, </#sep></#list></#macro>
package ${packageName};

import com.capp.autogen.api.Migration;
import com.capp.autogen.api.Op;
import com.capp.autogen.api.Revision;
<#list imports as i>
import ${i};
</#list>

import static com.capp.autogen.api.Ddl.*;

/**
 * ${message?replace("*/", "* /")}
 *
 * <p>Revision ID: ${revisionId}<br>
 * Revises: ${revises?has_content?then(revises?join(", "), "none (base revision)")}<br>
 * Create Date: ${created}
 */
@Revision(
        id = "${revisionId?j_string}",
        revises = {<@strings revises/>},
        message = "${message?j_string}",
        created = "${created?j_string}"<#if dependsOn?has_content>,
        dependsOn = {<@strings dependsOn/>}</#if><#if branchLabels?has_content>,
        branchLabels = {<@strings branchLabels/>}</#if>)
public class ${className} extends Migration {

    @Override
    public void upgrade(Op op) {
${upgradeBody}    }

    @Override
    public void downgrade(Op op) {
${downgradeBody}    }
}
