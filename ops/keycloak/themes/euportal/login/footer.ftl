<#-- The portal's footer on every login page: the pages the law asks for, in the page's language. -->
<#macro content>
<nav id="euportal-legal-links" aria-label="${msg("euportalLegalLinks")}" style="display:flex;gap:1.5rem;justify-content:center;padding:1rem 0 1.5rem;">
  <a href="${properties.portalUrl}/accessibility">${msg("euportalAccessibility")}</a>
  <a href="${properties.portalUrl}/privacy">${msg("euportalPrivacy")}</a>
</nav>
</#macro>
