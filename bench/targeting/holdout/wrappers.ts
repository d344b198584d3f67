import type { BenchCase } from '../corpus/bench-case.js';

function antdItemV4(label: string, id: string, placeholder: string, marker = ''): string {
  return `<div class="ant-row ant-form-item"><div class="ant-col ant-form-item-label"><label for="${id}" class="ant-form-item-required" title="${label}">${label}</label></div><div class="ant-col ant-form-item-control"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content"><input placeholder="${placeholder}" id="${id}" class="ant-input" type="text" value=""${marker}></div></div></div></div>`;
}

function antdItemV5(label: string, id: string, placeholder: string, marker = ''): string {
  return `<div class="ant-form-item css-dev-only-do-not-override-1ck3jst"><div class="ant-row ant-form-item-row css-dev-only-do-not-override-1ck3jst"><div class="ant-col ant-form-item-label css-dev-only-do-not-override-1ck3jst"><label for="${id}" class="ant-form-item-required" title="${label}">${label}</label></div><div class="ant-col ant-form-item-control css-dev-only-do-not-override-1ck3jst"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content"><span class="ant-input-affix-wrapper ant-input-outlined css-dev-only-do-not-override-1ck3jst"><input placeholder="${placeholder}" id="${id}" aria-required="true" class="ant-input css-dev-only-do-not-override-1ck3jst" type="text" value=""${marker}><span class="ant-input-suffix"></span></span></div></div></div></div></div>`;
}

/** Library upgrades that add layers of wrappers around the same control. */
export const holdoutWrapperCases: BenchCase[] = [
  {
    id: 'ho-wr-polaris-page-actions',
    family: 'wrappers',
    description: 'Shopify Polaris upgrade: the product page footer "Save" button gets Box / InlineStack wrappers and a new inner text span; "Delete product" stays beside it',
    before: `
<div id="app">
  <div class="Polaris-Page">
    <div class="Polaris-Page-Header"><h1 class="Polaris-Header-Title">Organic cotton tee</h1></div>
    <div class="Polaris-Card"><div class="Polaris-TextField"><input id="PolarisTextField1" class="Polaris-TextField__Input" value="Organic cotton tee"></div></div>
    <div class="Polaris-PageActions">
      <div class="Polaris-Stack Polaris-Stack--spacingTight Polaris-Stack--distributionEqualSpacing">
        <div class="Polaris-Stack__Item"><button class="Polaris-Button Polaris-Button--destructive" type="button"><span class="Polaris-Button__Content"><span class="Polaris-Button__Text">Delete product</span></span></button></div>
        <div class="Polaris-Stack__Item"><button class="Polaris-Button Polaris-Button--primary" type="button" data-bench-target><span class="Polaris-Button__Content"><span class="Polaris-Button__Text">Save</span></span></button></div>
      </div>
    </div>
  </div>
</div>`,
    after: `
<div id="app">
  <div class="Polaris-Page">
    <div class="Polaris-Page-Header"><h1 class="Polaris-Header-Title">Organic cotton tee</h1></div>
    <div class="Polaris-ShadowBevel"><div class="Polaris-Box"><div class="Polaris-TextField"><input id=":R2mq6:" class="Polaris-TextField__Input" value="Organic cotton tee"></div></div></div>
    <div class="Polaris-PageActions">
      <div class="Polaris-Box" style="--pc-box-padding-block-start-xs:var(--p-space-500)">
        <div class="Polaris-InlineStack" style="--pc-inline-stack-align:space-between;--pc-inline-stack-wrap:wrap;--pc-inline-stack-gap-xs:var(--p-space-200)">
          <div class="Polaris-ButtonGroup"><div class="Polaris-ButtonGroup__Item"><button class="Polaris-Button Polaris-Button--pressable Polaris-Button--variantSecondary Polaris-Button--toneCritical" type="button"><span class="Polaris-Text--root Polaris-Text--bodySm Polaris-Text--medium">Delete product</span></button></div></div>
          <div class="Polaris-ButtonGroup"><div class="Polaris-ButtonGroup__Item"><button class="Polaris-Button Polaris-Button--pressable Polaris-Button--variantPrimary" type="button" data-bench-expected><span class="Polaris-Text--root Polaris-Text--bodySm Polaris-Text--medium">Save</span></button></div></div>
        </div>
      </div>
    </div>
  </div>
</div>`,
  },
  {
    id: 'ho-wr-antd-v5-form-item',
    family: 'wrappers',
    description: 'Ant Design v4 to v5: each Form.Item gains an ant-form-item-row layer, the input an affix wrapper and css-dev-only classes; the target is the "Company name" input',
    before: `
<div id="root">
  <form id="signup" class="ant-form ant-form-vertical">
    ${antdItemV4('Full name', 'signup_fullName', 'Jane Doe')}
    ${antdItemV4('Company name', 'signup_company', 'Acme Inc.', ' data-bench-target')}
    ${antdItemV4('Work email', 'signup_email', 'jane@acme.com')}
    <div class="ant-row ant-form-item"><div class="ant-col ant-form-item-control"><button type="submit" class="ant-btn ant-btn-primary"><span>Create account</span></button></div></div>
  </form>
</div>`,
    after: `
<div id="root">
  <form id="signup" class="ant-form ant-form-vertical css-dev-only-do-not-override-1ck3jst">
    ${antdItemV5('Full name', 'signup_fullName', 'Jane Doe')}
    ${antdItemV5('Company name', 'signup_company', 'Acme Inc.', ' data-bench-expected')}
    ${antdItemV5('Work email', 'signup_email', 'jane@acme.com')}
    <div class="ant-form-item css-dev-only-do-not-override-1ck3jst"><div class="ant-row ant-form-item-row"><div class="ant-col ant-form-item-control"><button type="submit" class="ant-btn css-dev-only-do-not-override-1ck3jst ant-btn-primary ant-btn-color-primary ant-btn-variant-solid"><span>Create account</span></button></div></div></div>
  </form>
</div>`,
  },
];
