<#-- The Java counterpart of Alembic's script.py.mako. Edit freely; keep @Revision intact.
     Data model: packageName, className, revisionId, revises, message, created, dependsOn,
     branchLabels, imports, upgradeBody, downgradeBody (see MigrationSource).
     Write every value through literal(...) (a quoted Java string) or comment(...) (text inside a comment). -->
<#macro strings list><#list list as s>${literal(s)}<#sep>, </#sep></#list></#macro>
package ${packageName};

import com.capp.autogen.api.Migration;
import com.capp.autogen.api.Op;
import com.capp.autogen.api.Revision;
<#list imports as i>
import ${i};
</#list>

import static com.capp.autogen.api.Ddl.*;

/**
 * ${comment(message)}
 *
 * <p>Revision ID: ${comment(revisionId)}<br>
 * Revises: ${comment(revises?has_content?then(revises?join(", "), "none (base revision)"))}<br>
 * Create Date: ${comment(created)}
 */
@Revision(
        id = ${literal(revisionId)},
        revises = {<@strings revises/>},
        message = ${literal(message)},
        created = ${literal(created)}<#if dependsOn?has_content>,
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
