#!/bin/sh
# Makes the sample device-identity files with openssl (run from this directory): a manufacturer's root and issuing
# CA (ECDSA P-256), their CRLs, and IEEE 802.1AR-style device certificates for devices of the demo inventory
# (`uditrust demo create`), each carrying its UDI as subject serialNumber and a GS1 Digital Link SAN URI.
# The demo shows one of each case: bound and valid, revoked, a clone (one key on two devices) and a conflict (the
# certificate names another serial than the label). The CA and device private keys are thrown away.
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
days_ca=7300      # 20 years: the samples stay valid for a long while
days_dev=3650
subj_root="/O=Meridian Medical Devices, Inc./CN=Meridian Device Root CA"
subj_issuing="/O=Meridian Medical Devices, Inc./CN=Meridian Device Issuing CA 1"
newkey() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null; }

cat > "$tmp/ca.cnf" <<'CNF'
[ root ]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[ issuing ]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ crl ]
authorityKeyIdentifier = keyid
CNF

newkey "$tmp/root.key"
openssl req -x509 -new -key "$tmp/root.key" -subj "$subj_root" -days $days_ca -sha256 \
    -config "$tmp/ca.cnf" -extensions root -out meridian-root.pem 2>/dev/null
newkey "$tmp/issuing.key"
openssl req -new -key "$tmp/issuing.key" -subj "$subj_issuing" -out "$tmp/issuing.csr"
openssl x509 -req -in "$tmp/issuing.csr" -CA meridian-root.pem -CAkey "$tmp/root.key" -set_serial 0x1001 \
    -days $days_ca -sha256 -extfile "$tmp/ca.cnf" -extensions issuing -out meridian-issuing-ca.pem 2>/dev/null

# device NAME GTIN CERT_SERIAL KEYFILE
device() {
  cat > "$tmp/$1.cnf" <<CNF
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = URI:https://id.gs1.org/01/$2/21/$3
CNF
  openssl req -new -key "$4" -subj "/O=Meridian Medical Devices, Inc./CN=Meridian device/serialNumber=$3" \
      -out "$tmp/$1.csr"
  openssl x509 -req -in "$tmp/$1.csr" -CA meridian-issuing-ca.pem -CAkey "$tmp/issuing.key" \
      -set_serial "0x$(openssl rand -hex 16)" -days $days_dev -sha256 -extfile "$tmp/$1.cnf" -out "$1.pem" 2>/dev/null
}
newkey "$tmp/a.key"; newkey "$tmp/b.key"; newkey "$tmp/c.key"; newkey "$tmp/d.key"
device device-09506000134352-XYZ       09506000134352 XYZ      "$tmp/a.key"   # bound, valid
device device-09506000143217-SN000418  09506000143217 SN000418 "$tmp/b.key"   # bound, valid
device device-09506000134352-SN000100  09506000134352 SN000100 "$tmp/c.key"   # revoked (key compromise)
device device-09506000143217-SN000172  09506000143217 SN000172 "$tmp/b.key"   # clone: SN000418's key
device device-09506000135113-SN000196  09506000135113 SN000196 "$tmp/d.key"   # on SN000195's label: conflict

# CRLs (openssl ca needs its database files).
crl() { # ISSUER_PEM ISSUER_KEY OUT [CERT_TO_REVOKE]
  d="$tmp/db-$3"; mkdir -p "$d"; : > "$d/index.txt"; echo 01 > "$d/crlnumber"
  cat > "$d/ca.cnf" <<CNF
[ ca ]
default_ca = d
[ d ]
database = $d/index.txt
crlnumber = $d/crlnumber
default_md = sha256
default_crl_days = 3650
crl_extensions = crlext
[ crlext ]
authorityKeyIdentifier = keyid
CNF
  if [ $# -ge 4 ]; then
    openssl ca -config "$d/ca.cnf" -cert "$1" -keyfile "$2" -revoke "$4" -crl_reason keyCompromise 2>/dev/null
  fi
  openssl ca -config "$d/ca.cnf" -cert "$1" -keyfile "$2" -gencrl -out "$3" 2>/dev/null
}
crl meridian-root.pem "$tmp/root.key" meridian-root.crl
crl meridian-issuing-ca.pem "$tmp/issuing.key" meridian-issuing-ca.crl device-09506000134352-SN000100.pem
echo "made: $(ls *.pem *.crl | tr '\n' ' ')"
