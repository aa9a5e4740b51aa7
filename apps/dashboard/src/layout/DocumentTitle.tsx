import { useEffect } from 'react';

const APP = 'Gremium';

/**
 * The browser tab names the page ("Handlungsempfehlungen – Gremium"): it follows the title react-admin
 * renders into the app bar, whatever page put it there. The app bar's heading gets the same text as its
 * title attribute, as it may be cut short there.
 */
export const DocumentTitle = () => {
  useEffect(() => {
    const update = () => {
      const heading = document.getElementById('react-admin-title');
      const title = heading?.textContent?.trim() ?? '';
      if (heading && heading.title !== title) heading.title = title;
      const next = title ? `${title} – ${APP}` : APP;
      if (document.title !== next) document.title = next;
    };
    const observer = new MutationObserver(update);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    update();
    return () => observer.disconnect();
  }, []);
  return null;
};
