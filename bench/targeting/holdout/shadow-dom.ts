import type { BenchCase } from '../corpus/bench-case.js';

/** Targets inside open shadow roots, as Lit and widget vendors render them. */
export const holdoutShadowDomCases: BenchCase[] = [
  {
    id: 'ho-sd-lit-checkout-pay',
    family: 'shadow-dom',
    description: 'Lit checkout element: the "Pay ¥3,300" button in its shadow root; later the cart total differs ("Pay ¥4,180"), a save-card checkbox is inserted before it and the lit markers change',
    before: `
<div id="root">
  <h1>Checkout</h1>
  <aside class="order-summary"><p>Drip bag coffee × 3</p><p class="total">Total ¥3,300</p></aside>
  <pay-element amount="3300" currency="jpy">
    <template shadowrootmode="open">
      <style>:host{display:block;max-width:420px}</style>
      <!--?lit$418203552$-->
      <form class="pay-form" part="form">
        <label class="field"><span class="field-label">Card number</span><input class="field-input" name="cardnumber" inputmode="numeric" autocomplete="cc-number" placeholder="1234 1234 1234 1234"></label>
        <div class="row">
          <label class="field"><span class="field-label">Expiry</span><input class="field-input" name="exp-date" placeholder="MM / YY"></label>
          <label class="field"><span class="field-label">CVC</span><input class="field-input" name="cvc" placeholder="CVC"></label>
        </div>
        <button class="pay-button" part="button" type="submit" data-bench-target><!--?lit$418203552$-->Pay ¥3,300</button>
      </form>
    </template>
  </pay-element>
  <a href="/cart" class="back-link">Back to cart</a>
</div>`,
    after: `
<div id="root">
  <h1>Checkout</h1>
  <aside class="order-summary"><p>Drip bag coffee × 3</p><p>Paper filters × 1</p><p class="total">Total ¥4,180</p></aside>
  <pay-element amount="4180" currency="jpy">
    <template shadowrootmode="open">
      <style>:host{display:block;max-width:420px}</style>
      <!--?lit$902117364$-->
      <form class="pay-form" part="form">
        <label class="field"><span class="field-label">Card number</span><input class="field-input" name="cardnumber" inputmode="numeric" autocomplete="cc-number" placeholder="1234 1234 1234 1234"></label>
        <div class="row">
          <label class="field"><span class="field-label">Expiry</span><input class="field-input" name="exp-date" placeholder="MM / YY"></label>
          <label class="field"><span class="field-label">CVC</span><input class="field-input" name="cvc" placeholder="CVC"></label>
        </div>
        <label class="checkbox"><input type="checkbox" name="save-card"> Save this card for faster checkout</label>
        <button class="pay-button" part="button" type="submit" data-bench-expected><!--?lit$902117364$-->Pay ¥4,180</button>
      </form>
    </template>
  </pay-element>
  <a href="/cart" class="back-link">Back to cart</a>
</div>`,
  },
  {
    id: 'ho-sd-messenger-send-message',
    family: 'shadow-dom',
    description: 'Support messenger widget rendered in a shadow root: "Send us a message" on its home panel; a "Recent messages" section is inserted above and the widget\'s hashed classes change',
    before: `
<div id="root"><main><h1>Pricing</h1><p>Plans for every team size.</p></main></div>
<help-messenger app-id="hm_7f2k">
  <template shadowrootmode="open">
    <div class="hm-frame-x81ka" role="dialog" aria-label="Messenger">
      <header class="hm-header-x81ka"><h2 class="hm-title-x81ka">Hi there 👋</h2><p>How can we help?</p></header>
      <div class="hm-body-x81ka">
        <div class="hm-card-x81ka"><h3 class="hm-card-title-x81ka">Send us a message</h3><p class="hm-muted-x81ka">We typically reply in under 5 minutes</p><button type="button" class="hm-btn-x81ka hm-btn-primary-x81ka" data-bench-target>Send us a message</button></div>
        <div class="hm-card-x81ka"><label class="hm-search-x81ka"><input type="search" placeholder="Search for help"></label></div>
      </div>
      <nav class="hm-tabs-x81ka"><button type="button" class="hm-tab-x81ka" aria-current="page">Home</button><button type="button" class="hm-tab-x81ka">Messages</button><button type="button" class="hm-tab-x81ka">Help</button></nav>
    </div>
  </template>
</help-messenger>`,
    after: `
<div id="root"><main><h1>Pricing</h1><p>Plans for every team size.</p></main></div>
<help-messenger app-id="hm_7f2k">
  <template shadowrootmode="open">
    <div class="hm-frame-3jq0p" role="dialog" aria-label="Messenger">
      <header class="hm-header-3jq0p"><h2 class="hm-title-3jq0p">Hi Aiko 👋</h2><p>How can we help?</p></header>
      <div class="hm-body-3jq0p">
        <div class="hm-card-3jq0p"><h3 class="hm-card-title-3jq0p">Recent messages</h3><button type="button" class="hm-row-3jq0p">Re: invoice question · Mina · 2d</button></div>
        <div class="hm-card-3jq0p"><h3 class="hm-card-title-3jq0p">Send us a message</h3><p class="hm-muted-3jq0p">We typically reply in under 5 minutes</p><button type="button" class="hm-btn-3jq0p hm-btn-primary-3jq0p" data-bench-expected>Send us a message</button></div>
        <div class="hm-card-3jq0p"><label class="hm-search-3jq0p"><input type="search" placeholder="Search for help"></label></div>
      </div>
      <nav class="hm-tabs-3jq0p"><button type="button" class="hm-tab-3jq0p" aria-current="page">Home</button><button type="button" class="hm-tab-3jq0p">Messages</button><button type="button" class="hm-tab-3jq0p">Help</button></nav>
    </div>
  </template>
</help-messenger>`,
  },
];
