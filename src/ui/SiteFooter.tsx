/** Site footer: what this is and how sure it is. */
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        A knowledge base on Open Dialogue, Peer-supported Open Dialogue and the CARe model. Every card names its
        sources; where a fact is not documented, the card says so. It is not medical advice.
      </p>
      <p>No trackers, no third-party requests: everything this site needs ships with it.</p>
    </footer>
  );
}
